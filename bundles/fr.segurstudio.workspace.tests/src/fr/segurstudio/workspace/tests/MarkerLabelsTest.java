package fr.segurstudio.workspace.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.regex.Pattern;

import org.eclipse.core.resources.IMarker;
import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.EcorePackage;
import org.junit.jupiter.api.Test;

import fr.segurstudio.forms.ViewRegistry;
import fr.segurstudio.model.asp.AspClassMapping;
import fr.segurstudio.model.asp.AspFeatureMapping;
import fr.segurstudio.model.core.Dossier;
import fr.segurstudio.model.couloir.CouloirRegistry;
import fr.segurstudio.model.issue.Issue;
import fr.segurstudio.testing.Golden;
import fr.segurstudio.testing.SeedExamples;
import fr.segurstudio.testing.Services;
import fr.segurstudio.validation.DossierValidator;
import fr.segurstudio.validation.ValidationContext;
import fr.segurstudio.workspace.ProblemMarkers;

/**
 * The Problems view names a field by the label its form shows, never by its JSON key (which stays in the location
 * column, WorkspaceValidationTest): every issue the validator gives on the seeds' dossiers broken in many ways (each text blank, each text
 * missing, each yes/no answer turned over, each item of a list of texts too short, in each couloir) is checked.
 */
class MarkerLabelsTest {

	private static final Pattern CAMEL_CASE = Pattern.compile("[a-z]+[A-Z][A-Za-z0-9]*");

	private final CouloirRegistry couloirs = Services.get(CouloirRegistry.class);
	private final DossierValidator validator = Services.get(DossierValidator.class);
	private final ViewRegistry views = Services.get(ViewRegistry.class);
	private final SeedExamples seeds = new SeedExamples(couloirs);

	@Test
	void theMessageOfAMissingDateNamesItsLabel() {
		Dossier dossier = Golden.BIO_SGL.example(seeds);
		dossier.getDemandes().get(0).getCommande().setDateCommande(null);
		Issue issue = validator.validate(dossier, ValidationContext.ALONE).stream()
				.filter(i -> i.feature() != null && i.feature().getName().equals("dateCommande")).findFirst().orElseThrow();
		assertTrue(issue.message().contains("« dateCommande »"), "the validator's (and the command line's) words: " + issue.message());

		String message = (String) ProblemMarkers.attributes(issue).get(IMarker.MESSAGE);
		assertEquals(issue.message().replace("« dateCommande »", "« Date de commande »"), message);
	}

	@Test
	void aConditionNamesTheOtherFieldByItsLabel() {
		Dossier dossier = Golden.BIO_SGL.example(seeds);
		EObject beneficiaires = dossier.getDemandes().get(0).getBeneficiaires();
		// the seed's example has a mandataire: without isMandataire his name must be null, « sauf si isClientUnique
		// vaut false et isMandataire vaut true »
		set(beneficiaires, "isMandataire", false);
		List<String> messages = validator.validate(dossier, ValidationContext.ALONE).stream().filter(i -> i.target() == beneficiaires)
				.map(i -> (String) ProblemMarkers.attributes(i).get(IMarker.MESSAGE)).toList();
		assertFalse(messages.isEmpty());
		assertTrue(messages.stream().anyMatch(m -> m.startsWith("« Nom du mandataire » doit valoir null sauf si « ")), messages.toString());
		assertTrue(messages.stream().allMatch(m -> !m.contains("isMandataire") && !m.contains("nomMandataire")), messages.toString());
	}

	@Test
	void anItemOfAListIsNamedByTheListsLabelAndItsNumber() {
		Dossier dossier = Golden.BIO_SGL.example(seeds);
		EObject client = firstWith(dossier, "numeroFINESSGeos");
		@SuppressWarnings("unchecked")
		List<String> sites = (List<String>) client.eGet(client.eClass().getEStructuralFeature("numeroFINESSGeos"));
		sites.set(0, "22222222");
		Issue issue = validator.validate(dossier, ValidationContext.ALONE).stream().filter(i -> i.message().contains("« 22222222 »")).findFirst()
				.orElseThrow();
		assertTrue(issue.message().startsWith("« numeroFINESSGeos[0] » : "), "the validator's words: " + issue.message());
		assertEquals(issue.message().replace("« numeroFINESSGeos[0] »", "« Numéros FINESS géographiques (sites), n° 1 »"),
				ProblemMarkers.attributes(issue).get(IMarker.MESSAGE));
	}

	@Test
	void noMessageOfTheProblemsViewNamesAFieldByItsKey() {
		int checked = 0;
		List<String> wrong = new ArrayList<>();
		for (Golden golden : Golden.all()) {
			for (Consumer<EObject> breakage : List.<Consumer<EObject>>of(this::blankTexts, this::missingTexts, this::turnedAnswers,
					this::shortListItems)) {
				Dossier dossier = golden.example(seeds);
				dossier.eAllContents().forEachRemaining(breakage);
				for (Issue issue : validator.validate(dossier, ValidationContext.ALONE)) {
					if (issue.target() == null) {
						continue;
					}
					checked++;
					String message = (String) ProblemMarkers.attributes(issue).get(IMarker.MESSAGE);
					for (AspFeatureMapping mapping : AspClassMapping.of(issue.target().eClass()).features()) {
						String key = mapping.key();
						boolean named = message.contains("« " + key + " »") || message.contains("« " + key + "[")
								|| CAMEL_CASE.matcher(key).matches() && Pattern.compile("(?<![\\p{L}.\\[])" + key + "(?![\\p{L}\\[.])").matcher(message).find();
						if (named && !views.label(issue.target(), mapping.feature()).contains(key)) {
							wrong.add(golden + " " + issue.code() + ": " + message);
						}
					}
				}
			}
		}
		assertTrue(checked > 100, checked + " issues checked");
		assertTrue(wrong.isEmpty(), wrong.size() + " of " + checked + ":\n" + String.join("\n", wrong));
	}

	private void blankTexts(EObject object) {
		texts(object).forEach(a -> object.eSet(a, ""));
	}

	/** Each item of each list of texts (FINESS géographiques, AM numbers…) one character long. */
	@SuppressWarnings("unchecked")
	private void shortListItems(EObject object) {
		for (EAttribute attribute : object.eClass().getEAllAttributes()) {
			if (attribute.isMany() && attribute.getEAttributeType() == EcorePackage.Literals.ESTRING
					&& AspClassMapping.of(object.eClass()).byFeature(attribute) != null) {
				((List<String>) object.eGet(attribute)).replaceAll(item -> "1");
			}
		}
	}

	private void missingTexts(EObject object) {
		texts(object).forEach(a -> object.eSet(a, null));
	}

	private void turnedAnswers(EObject object) {
		for (EAttribute attribute : object.eClass().getEAllAttributes()) {
			if (!attribute.isMany() && object.eGet(attribute) instanceof Boolean answer) {
				object.eSet(attribute, !answer);
			}
		}
	}

	private static List<EAttribute> texts(EObject object) {
		return object.eClass().getEAllAttributes().stream()
				.filter(a -> !a.isMany() && a.getEAttributeType() == EcorePackage.Literals.ESTRING && a.isChangeable()
						&& AspClassMapping.of(object.eClass()).byFeature(a) != null)
				.toList();
	}

	private static EObject firstWith(EObject root, String feature) {
		for (var contents = root.eAllContents(); contents.hasNext();) {
			EObject object = contents.next();
			if (object.eClass().getEStructuralFeature(feature) != null) {
				return object;
			}
		}
		throw new AssertionError("no " + feature);
	}

	private static void set(EObject object, String name, Object value) {
		EStructuralFeature feature = object.eClass().getEStructuralFeature(name);
		object.eSet(feature, value);
	}
}
