package fr.segurstudio.editing;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.util.EcoreUtil;

import fr.segurstudio.model.asp.AspPaths;
import fr.segurstudio.model.core.Dossier;
import fr.segurstudio.model.issue.Issue;
import fr.segurstudio.model.issue.SourceLocation;
import fr.segurstudio.validation.DossierValidator;
import fr.segurstudio.validation.ProfilsDeclares;
import fr.segurstudio.validation.ValidationContext;

/**
 * A copy of a session's dossier taken on the editing thread, which a background job validates while the
 * user goes on typing; the issues come back on the session's own objects, placed in its file.
 */
public final class ValidationSnapshot {

	private final Dossier copy;
	private final Map<EObject, EObject> originals;
	private final Path directory;
	private final DossierValidator validator;

	private ValidationSnapshot(Dossier copy, Map<EObject, EObject> originals, Path directory, DossierValidator validator) {
		this.copy = copy;
		this.originals = originals;
		this.directory = directory;
		this.validator = validator;
	}

	static ValidationSnapshot of(DossierSession session) {
		Map<EObject, EObject> originals = new IdentityHashMap<>();
		Dossier copy = null;
		if (session.dossier() != null) {
			EcoreUtil.Copier copier = new EcoreUtil.Copier();
			copy = (Dossier) copier.copy(session.dossier());
			copier.copyReferences();
			copier.forEach((original, twin) -> originals.put(twin, original));
		}
		Path directory = session.file().toAbsolutePath().getParent();
		return new ValidationSnapshot(copy, originals, directory, session.services().validator());
	}

	/**
	 * The validator's issues (rules, numbers, pieces' files next to the dossier), on the session's objects,
	 * with their JSON path (taken on the copy); any thread. Place them in the file with
	 * {@link DossierSession#place(List)} on the editing thread.
	 */
	public List<Issue> validate() {
		if (copy == null) {
			return List.of();
		}
		ValidationContext context = new ValidationContext(List.of(), ProfilsDeclares.userSettings(), d -> directory, true);
		List<Issue> issues = new ArrayList<>();
		for (Issue issue : validator.validate(copy, context)) {
			EObject target = issue.target() == null ? null : originals.get(issue.target());
			String path = issue.target() == null ? "" : AspPaths.fromRequest(issue.target(), issue.feature(), issue.index());
			issues.add(issue.on(target, issue.feature(), issue.index()).at(new SourceLocation(path, 0, 0, -1, -1)));
		}
		return List.copyOf(issues);
	}
}
