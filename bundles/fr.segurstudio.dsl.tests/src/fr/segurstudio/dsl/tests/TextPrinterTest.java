package fr.segurstudio.dsl.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.eclipse.emf.common.util.EList;
import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EcorePackage;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.xtext.resource.SaveOptions;
import org.eclipse.xtext.serializer.ISerializer;
import org.junit.jupiter.api.Test;

import com.google.inject.Injector;

import fr.segurstudio.dsl.model.TextPrinter;
import fr.segurstudio.dsl.model.TextResources;
import fr.segurstudio.dsl.model.TextWriter;
import fr.segurstudio.dsl.segurDsl.DossierText;
import fr.segurstudio.model.core.AncienNumero;
import fr.segurstudio.model.core.Demande;
import fr.segurstudio.model.core.Dossier;
import fr.segurstudio.model.core.SegurFactory;
import fr.segurstudio.model.core.StatutDemande;
import fr.segurstudio.testing.Golden;

/**
 * The printer writes exactly what the serializer with the formatter writes: on the golden dossiers, and on
 * dossiers generated from them — every text value replaced by hostile ones (quotes, backslashes, line
 * breaks, tabs, control and invisible characters, accents, the empty text, long texts), lists of 0 to 4
 * values, requests emptied of a block, without number, with a life (status, former numbers), numbers no
 * request carries any more. The count of dossiers compared is printed.
 */
class TextPrinterTest {

	private static final List<String> TEXTS = List.of("", " ", "a\"b", "\\", "c:\\dossier\\x", "ligne\nsuite", "tab\tx", "\r", "\u0000", "\u001b[31m",
			"\u202eevil", "éàçœ€", "\uD83D\uDE00", "X".repeat(500), "null", "true", "demande", "{}", "[1, 2]", "// pas un commentaire", "/* non */");

	@Test
	void printsWhatTheSerializerWrites() {
		Injector injector = Texts.service().injector();
		TextWriter writer = injector.getInstance(TextWriter.class);
		TextPrinter printer = injector.getInstance(TextPrinter.class);
		TextResources resources = injector.getInstance(TextResources.class);
		ISerializer serializer = injector.getInstance(ISerializer.class);
		Random random = new Random(13);
		int compared = 0;
		for (Golden golden : Golden.all()) {
			Dossier base = Texts.dossier(golden.segurText());
			for (int variant = 0; variant < 40; variant++) {
				Dossier dossier = variant == 0 ? base : variant(base, random);
				DossierText printed = writer.write(dossier).text();
				String text = printer.print(printed);
				assertNotNull(text, golden.segurFileName());
				DossierText serialized = writer.write(dossier).text();
				resources.attach(serialized);
				assertEquals(serialized(serializer, serialized), text, golden.segurFileName() + " variant " + variant);
				compared++;
			}
		}
		Dossier empty = EcoreUtil.copy(Texts.dossier(Golden.BIO_SGL.segurText()));
		empty.getDemandes().clear();
		empty.getNumerosEditeurUtilises().clear();
		empty.setNumeroAns(null);
		empty.setSIRET(null);
		DossierText serialized = writer.write(empty).text();
		resources.attach(serialized);
		assertEquals(serialized(serializer, serialized), printer.print(writer.write(empty).text()));
		System.out.println("TextPrinter : " + (compared + 1) + " dossiers écrits comme le sérialiseur les écrit");
	}

	/** The serializer's text, with the final line break TextServices.write makes sure of. */
	private static String serialized(ISerializer serializer, DossierText text) {
		String written = serializer.serialize(text, SaveOptions.newBuilder().format().getOptions());
		return written.endsWith("\n") ? written : written + "\n";
	}

	@SuppressWarnings("unchecked")
	private static Dossier variant(Dossier base, Random random) {
		Dossier dossier = EcoreUtil.copy(base);
		List<EObject> objects = new ArrayList<>();
		dossier.eAllContents().forEachRemaining(objects::add);
		objects.add(dossier);
		for (EObject object : objects) {
			for (EAttribute attribute : object.eClass().getEAllAttributes()) {
				if (attribute.getEAttributeType() != EcorePackage.Literals.ESTRING || attribute.isDerived() || attribute.isTransient()
						|| object == dossier && List.of("couloir", "logiciel").contains(attribute.getName()) // the header's names
						|| !object.eIsSet(attribute) && random.nextInt(4) > 0) {
					continue;
				}
				if (attribute.isMany()) {
					EList<String> values = (EList<String>) object.eGet(attribute);
					values.clear();
					for (int i = random.nextInt(5); i > 0; i--) {
						values.add(TEXTS.get(random.nextInt(TEXTS.size())) + i);
					}
				} else if (random.nextBoolean()) {
					object.eSet(attribute, TEXTS.get(random.nextInt(TEXTS.size())));
				}
			}
		}
		for (Demande demande : dossier.getDemandes()) {
			switch (random.nextInt(6)) {
			case 0 -> demande.setCommande(null);
			case 1 -> demande.setNumeroEditeur(null);
			case 2 -> {
				demande.setStatut(StatutDemande.REJETEE);
				AncienNumero ancien = SegurFactory.eINSTANCE.createAncienNumero();
				ancien.setNumeroEditeur("00099");
				ancien.setCodeTraitement("E012");
				demande.getAnciensNumeros().add(ancien);
			}
			case 3 -> demande.getPiecesJustificatives().clear();
			default -> {
				// as it is
			}
			}
		}
		if (random.nextBoolean()) {
			dossier.getNumerosEditeurUtilises().add("00777");
		}
		return dossier;
	}
}
