package fr.segurstudio.validation.json;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EStructuralFeature;

import fr.segurstudio.json.CouloirRecognizer;
import fr.segurstudio.json.ImportResult;
import fr.segurstudio.json.tree.JsonValue;
import fr.segurstudio.json.tree.JsonValue.JsonArray;
import fr.segurstudio.json.tree.JsonValue.JsonObject;
import fr.segurstudio.model.asp.RawValues;
import fr.segurstudio.model.core.Demande;
import fr.segurstudio.model.core.Dossier;
import fr.segurstudio.model.core.SegurPackage;
import fr.segurstudio.model.couloir.Couloir;
import fr.segurstudio.model.couloir.CouloirRegistry;
import fr.segurstudio.model.issue.Issue;
import fr.segurstudio.model.issue.Severity;
import fr.segurstudio.model.issue.SourceLocation;
import fr.segurstudio.validation.DossierValidator;
import fr.segurstudio.validation.IssueCodes;
import fr.segurstudio.validation.ValidationContext;

/**
 * The portal's two controls on a JSON file (seeds §1.2, step 5): the structure of the file (readable
 * JSON, header, 1 to 200 requests of one couloir, blocks present with the right JSON types), whose
 * failure rejects the whole file; then each request, rejected at its first error in {@link Mode#ASP}.
 * The rules are those of the model's validator, placed at their JSON path, line and column. A request of a
 * .segur text with a syntax error inside is not checked further: the parser's recovery guessed its model,
 * and one missing value would be reported as a dozen false errors.
 */
public final class FileValidator {

	/** Seed §2.1: at most 200 requests per JSON file. */
	public static final int MAX_REQUESTS = 200;

	private static final Comparator<Issue> BY_POSITION = Comparator
			.comparingInt((Issue i) -> i.location().line() > 0 ? i.location().line() : Integer.MAX_VALUE)
			.thenComparingInt(i -> i.location().column());

	private final DossierValidator validator;
	private final CouloirRegistry registry;

	public FileValidator(DossierValidator validator, CouloirRegistry registry) {
		this.validator = validator;
		this.registry = registry;
	}

	public FileReport validate(ImportResult imported, Mode mode, ValidationContext context) {
		String couloir = imported.couloir() == null ? null : imported.couloir().id();
		Dossier dossier = imported.dossier();
		if (dossier == null) {
			return new FileReport(imported.file(), couloir, false, imported.issues(), List.of(), null);
		}
		List<Issue> fileIssues = new ArrayList<>();
		Map<Demande, List<Issue>> byRequest = new IdentityHashMap<>();
		dossier.getDemandes().forEach(d -> byRequest.put(d, new ArrayList<>()));
		for (Issue issue : imported.issues()) {
			Demande demande = requestOf(issue.target());
			if (demande != null && !imported.sourceMap().readWhole(demande)) {
				continue; // a consequence of the syntax error inside the request, which is reported
			}
			if (demande == null || isStructural(issue)) {
				fileIssues.add(issue);
			} else {
				byRequest.get(demande).add(relative(issue, imported, demande));
			}
		}
		structure(imported, fileIssues);
		Set<ValuePlace> misread = new HashSet<>();
		imported.issues().stream().filter(i -> i.isError() && i.target() != null && i.feature() != null)
				.forEach(i -> misread.add(new ValuePlace(i.target(), i.feature(), i.index())));
		for (Issue issue : validator.validate(dossier, context)) {
			if (issue.target() != null && misread.contains(new ValuePlace(issue.target(), issue.feature(), issue.index()))) {
				continue; // the reader said what is wrong with this value: said once
			}
			Demande demande = requestOf(issue.target());
			if (demande != null && !imported.sourceMap().readWhole(demande)) {
				continue; // the request's text does not parse: its syntax error is what to fix first
			}
			Issue placed = issue.at(imported.sourceMap().locate(issue.target(), issue.feature(), issue.index()));
			if (demande == null) {
				fileIssues.add(placed);
			} else {
				byRequest.get(demande).add(relative(placed, imported, demande));
			}
		}
		boolean accepted = fileIssues.stream().noneMatch(Issue::isError);
		List<FileReport.RequestReport> requests = new ArrayList<>();
		if (accepted || mode == Mode.ALL) {
			int position = 1;
			for (Demande demande : dossier.getDemandes()) {
				List<Issue> issues = byRequest.get(demande);
				issues.sort(BY_POSITION);
				// a file rejected at the structure stage is rejected whole: no request of it is accepted
				boolean ok = accepted && issues.stream().noneMatch(Issue::isError);
				if (mode == Mode.ASP) {
					issues = ok ? List.of() : List.of(issues.stream().filter(Issue::isError).findFirst().orElseThrow());
				}
				requests.add(new FileReport.RequestReport(numLigne(demande, position), RawValues.text(demande, SegurPackage.Literals.DEMANDE__NUMERO_EDITEUR),
						ok, List.copyOf(issues), demande));
				position++;
			}
		}
		fileIssues.sort(BY_POSITION);
		List<Issue> errors = mode == Mode.ASP ? fileIssues.stream().filter(Issue::isError).toList() : List.copyOf(fileIssues);
		return new FileReport(imported.file(), couloir, accepted, errors, List.copyOf(requests), dossier);
	}

	/** The request's numLigne as the file wrote it (also when kept as written), else its place. */
	private static int numLigne(Demande demande, int position) {
		String written = RawValues.text(demande, SegurPackage.Literals.DEMANDE__NUM_LIGNE);
		return written != null && written.matches("-?\\d{1,9}") ? Integer.parseInt(written) : position;
	}

	/** File-level checks of a JSON file the model cannot see: how many requests, and that they are all of one couloir. */
	private void structure(ImportResult imported, List<Issue> fileIssues) {
		if (!imported.isJson()) {
			return; // a dossier in text is cut into files of 200 requests at export
		}
		Dossier dossier = imported.dossier();
		SourceLocation lignes = imported.sourceMap().locate(dossier, SegurPackage.Literals.DOSSIER__DEMANDES, -1);
		int count = dossier.getDemandes().size();
		if (count == 0 || count > MAX_REQUESTS) {
			fileIssues.add(new Issue(Severity.ERROR, IssueCodes.FICHIER_DEMANDES, "lignesImport contient "
					+ count + " demande(s) : un fichier en contient de 1 à " + MAX_REQUESTS + " (fichiers suivants pour le reste)", dossier,
					SegurPackage.Literals.DOSSIER__DEMANDES, -1, lignes));
		}
		if (imported.couloir() == null || !(imported.tree() instanceof JsonObject root)) {
			return;
		}
		List<Couloir> couloirs = registry.couloirs();
		CouloirRecognizer recognizer = new CouloirRecognizer();
		List<String> others = new ArrayList<>();
		JsonValue.Member member = root.member("lignesImport");
		if (member != null && member.value() instanceof JsonArray array) {
			int line = 0;
			for (JsonValue element : array.elements()) {
				line++;
				if (element instanceof JsonObject request) {
					Couloir found = recognizer.recognize(List.of(request), couloirs).couloir();
					if (found != null && found != imported.couloir()) {
						others.add("ligne " + line + " : " + found.id());
					}
				}
			}
		}
		if (!others.isEmpty()) {
			fileIssues.add(new Issue(Severity.ERROR, IssueCodes.FICHIER_COULOIRS, "un fichier ne contient que des demandes d'un couloir ("
					+ imported.couloir().id() + ") ; " + String.join(", ", others), dossier, SegurPackage.Literals.DOSSIER__DEMANDES, -1, lignes));
		}
	}

	/** A value of the model: an object (by identity), one of its features, an index in a list. */
	private record ValuePlace(EObject target, EStructuralFeature feature, int index) {
		@Override
		public boolean equals(Object other) {
			return other instanceof ValuePlace p && p.target == target && p.feature == feature && p.index == index;
		}

		@Override
		public int hashCode() {
			return System.identityHashCode(target) * 31 + System.identityHashCode(feature) + index;
		}
	}

	/** A block of a request (commande, beneficiaires...) missing or of the wrong JSON type rejects the file. */
	private static boolean isStructural(Issue issue) {
		return issue.target() instanceof Demande && issue.feature() instanceof EReference reference && reference.isContainment()
				&& (issue.code().equals(fr.segurstudio.json.IssueCodes.TYPE) || issue.code().equals(fr.segurstudio.json.IssueCodes.CLE_ABSENTE));
	}

	private static Demande requestOf(EObject object) {
		for (EObject o = object; o != null; o = o.eContainer()) {
			if (o instanceof Demande demande) {
				return demande;
			}
		}
		return null;
	}

	/** The path of a request's issue written from the request: beneficiaires.liberal[0].RPPS. */
	private static Issue relative(Issue issue, ImportResult imported, Demande demande) {
		String prefix = imported.sourceMap().locate(demande).path();
		String path = issue.location().path();
		if (!prefix.isEmpty() && path.startsWith(prefix)) {
			path = path.substring(prefix.length());
			path = path.startsWith(".") ? path.substring(1) : path;
		}
		return issue.at(issue.location().withPath(path));
	}
}
