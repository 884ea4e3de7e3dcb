package fr.segurstudio.workspace;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IMarker;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.IWorkspace;
import org.eclipse.core.resources.IWorkspaceRunnable;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.emf.ecore.EObject;

import fr.segurstudio.forms.UserMessages;
import fr.segurstudio.model.core.Demande;
import fr.segurstudio.model.issue.Issue;
import fr.segurstudio.model.issue.SourceLocation;

/**
 * The markers of type {@link #TYPE} (a problem marker and a text marker, persistent) that stand for the
 * validator's issues of one file. Standard attributes: message (fields named by their forms' labels,
 * {@link MarkerLabels}), severity, line, charStart/charEnd (when the issue knows its offset), location (shown by the
 * Problems view, with the JSON path: {@code ligne 12 · demande 00012 · commande.montantSegurHT}). Ours:
 * {@link #CODE}, {@link #REQUEST}, {@link #PATH}, {@link #DATA}.
 */
public final class ProblemMarkers {

	public static final String TYPE = "fr.segurstudio.workspace.problem";
	/** The issue's stable code ({@code longueur}, {@code json.cle-inconnue}...), what quick fixes key on. */
	public static final String CODE = "code";
	/** The numeroEditeur of the request the issue is about ("00012"), absent for a file-level issue. */
	public static final String REQUEST = "request";
	/** The field path, from the request when there is one ({@code beneficiaires.liberal[0].RPPS}). */
	public static final String PATH = "path";
	/**
	 * The issue's data, the arguments a quick fix needs (suggested operator code, expected spelling...):
	 * the values joined with {@link #DATA_SEPARATOR}; read them with {@link #data(IMarker)}.
	 */
	public static final String DATA = "data";
	/** U+001F, the ASCII unit separator: never part of a value. */
	public static final String DATA_SEPARATOR = "\u001f";

	private ProblemMarkers() {
	}

	/**
	 * Replaces every marker of {@link #TYPE} on the file by the given issues, in one workspace operation
	 * whose scheduling rule is the file (one resource change event).
	 */
	public static void replace(IFile file, List<Issue> issues, IProgressMonitor monitor) throws CoreException {
		IWorkspace workspace = file.getWorkspace();
		IWorkspaceRunnable update = m -> {
			if (!file.exists()) {
				return;
			}
			file.deleteMarkers(TYPE, false, IResource.DEPTH_ZERO);
			for (Issue issue : issues) {
				file.createMarker(TYPE, attributes(issue));
			}
		};
		workspace.run(update, file, IWorkspace.AVOID_UPDATE, monitor);
	}

	/** Removes our markers from the file. */
	public static void clear(IFile file, IProgressMonitor monitor) throws CoreException {
		replace(file, List.of(), monitor);
	}

	/** The attributes of the marker of one issue. */
	public static Map<String, Object> attributes(Issue issue) {
		Map<String, Object> attributes = new HashMap<>();
		attributes.put(IMarker.MESSAGE, UserMessages.of(issue, MarkerLabels.views()));
		attributes.put(IMarker.SEVERITY, issue.isError() ? IMarker.SEVERITY_ERROR : IMarker.SEVERITY_WARNING);
		attributes.put(CODE, issue.code());
		SourceLocation location = issue.location();
		if (location.line() > 0) {
			attributes.put(IMarker.LINE_NUMBER, location.line());
		}
		if (location.offset() >= 0 && location.length() >= 0) {
			attributes.put(IMarker.CHAR_START, location.offset());
			attributes.put(IMarker.CHAR_END, location.offset() + location.length());
		}
		String request = request(issue.target());
		if (request != null) {
			attributes.put(REQUEST, request);
		}
		if (!location.path().isEmpty()) {
			attributes.put(PATH, location.path());
		}
		List<String> where = new ArrayList<>();
		if (location.line() > 0) {
			where.add("ligne " + location.line());
		}
		if (request != null) {
			where.add("demande " + request);
		}
		if (!location.path().isEmpty()) {
			where.add(location.path());
		}
		if (!where.isEmpty()) {
			attributes.put(IMarker.LOCATION, String.join(" · ", where));
		}
		List<String> data = IssueData.of(issue);
		if (!data.isEmpty()) {
			attributes.put(DATA, String.join(DATA_SEPARATOR, data));
		}
		return attributes;
	}

	/** The issue data stored on a marker (empty when none). */
	public static List<String> data(IMarker marker) {
		String joined = marker.getAttribute(DATA, "");
		return joined.isEmpty() ? List.of() : Arrays.asList(joined.split(DATA_SEPARATOR, -1));
	}

	private static String request(EObject target) {
		for (EObject o = target; o != null; o = o.eContainer()) {
			if (o instanceof Demande demande) {
				return demande.getNumeroEditeur();
			}
		}
		return null;
	}
}
