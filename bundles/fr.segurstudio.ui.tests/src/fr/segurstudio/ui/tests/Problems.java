package fr.segurstudio.ui.tests;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IMarker;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.runtime.CoreException;

import fr.segurstudio.workspace.ProblemMarkers;

/** What the Problems view shows of a file, for the tests and the benchmark. */
final class Problems {

	private Problems() {
	}

	/** The file's first problem marker of this issue code, or null. */
	static IMarker marker(IFile file, String code) {
		try {
			for (IMarker marker : file.findMarkers(ProblemMarkers.TYPE, false, IResource.DEPTH_ZERO)) {
				if (code.equals(marker.getAttribute(ProblemMarkers.CODE, null))) {
					return marker;
				}
			}
			return null;
		} catch (CoreException e) {
			return null; // the file went: no marker
		}
	}
}
