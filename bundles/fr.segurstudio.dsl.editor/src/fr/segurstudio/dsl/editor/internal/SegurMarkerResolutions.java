package fr.segurstudio.dsl.editor.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import org.eclipse.core.filebuffers.FileBuffers;
import org.eclipse.core.filebuffers.ITextFileBuffer;
import org.eclipse.core.filebuffers.ITextFileBufferManager;
import org.eclipse.core.filebuffers.LocationKind;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IMarker;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.ILog;
import org.eclipse.jface.text.BadLocationException;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.IDocumentExtension4;
import org.eclipse.jface.text.Position;
import org.eclipse.swt.graphics.Image;
import org.eclipse.ui.IMarkerResolution;
import org.eclipse.ui.IMarkerResolution2;
import org.eclipse.ui.IMarkerResolutionGenerator2;

import fr.segurstudio.dsl.DossierTexts;
import fr.segurstudio.dsl.ide.quickfix.SegurQuickfixes;
import fr.segurstudio.model.issue.Issue;
import fr.segurstudio.workspace.ProblemMarkers;

/**
 * Quick fixes from the Problems view, for the markers of .segur files: the marker's code and data (never
 * its message) say which fix; the text is checked again as it is now (the file buffer, shared with an open
 * editor) and the fix applies to the issue of the same code, data and line found there, so that a marker
 * older than the last edit never replaces the wrong characters. An open editor shows the change unsaved;
 * a file no editor has open is saved.
 */
public final class SegurMarkerResolutions implements IMarkerResolutionGenerator2 {

	@Override
	public boolean hasResolutions(IMarker marker) {
		return marker.getResource() instanceof IFile file && DossierTexts.FILE_EXTENSION.equals(file.getFileExtension())
				&& SegurQuickfixes.hasFix(marker.getAttribute(ProblemMarkers.CODE, null));
	}

	@Override
	public IMarkerResolution[] getResolutions(IMarker marker) {
		if (!hasResolutions(marker)) {
			return new IMarkerResolution[0];
		}
		IFile file = (IFile) marker.getResource();
		ITextFileBufferManager buffers = FileBuffers.getTextFileBufferManager();
		try {
			buffers.connect(file.getFullPath(), LocationKind.IFILE, null);
			try {
				IDocument document = buffers.getTextFileBuffer(file.getFullPath(), LocationKind.IFILE).getDocument();
				DossierCheck check = DossierCheck.fromServices();
				String fileName = file.getLocation() == null ? file.getName() : file.getLocation().toOSString();
				DossierTexts.Parsed parsed = check.texts().parse(document.get(), fileName);
				Issue issue = matching(marker, check.issues(parsed, fileName, null));
				if (issue == null) {
					return new IMarkerResolution[0];
				}
				SegurQuickfixes quickfixes = check.texts().injector().getInstance(SegurQuickfixes.class);
				Position at = IssueAnnotation.position(issue, document);
				List<IMarkerResolution> resolutions = new ArrayList<>();
				for (SegurQuickfixes.QuickFix fix : Fixes.of(quickfixes, parsed, issue, at)) {
					resolutions.add(new Resolution(file, fix, issue.message(), SegurReconcilingStrategy.stamp(document)));
				}
				return resolutions.toArray(IMarkerResolution[]::new);
			} finally {
				buffers.disconnect(file.getFullPath(), LocationKind.IFILE, null);
			}
		} catch (CoreException | RuntimeException e) {
			ILog.of(getClass()).error("corrections de " + file.getFullPath(), e);
			return new IMarkerResolution[0];
		}
	}

	/** The issue of the current text that the marker stands for: same code and data, its line, else the nearest. */
	static Issue matching(IMarker marker, List<Issue> issues) {
		String code = marker.getAttribute(ProblemMarkers.CODE, null);
		List<String> data = ProblemMarkers.data(marker);
		int line = marker.getAttribute(IMarker.LINE_NUMBER, -1);
		int start = marker.getAttribute(IMarker.CHAR_START, -1);
		Issue best = null;
		int distance = Integer.MAX_VALUE;
		for (Issue issue : issues) {
			if (!Objects.equals(code, issue.code()) || !data.equals(issue.data())) {
				continue;
			}
			int d = start >= 0 && issue.location().offset() >= 0 ? Math.abs(issue.location().offset() - start)
					: Math.abs(issue.location().line() - line) * 1000;
			if (d < distance) {
				best = issue;
				distance = d;
			}
		}
		return best;
	}

	/** One fix, applied to the file's buffer. */
	private static final class Resolution implements IMarkerResolution2 {
		private final IFile file;
		private final SegurQuickfixes.QuickFix fix;
		private final String message;
		private final long stamp;

		Resolution(IFile file, SegurQuickfixes.QuickFix fix, String message, long stamp) {
			this.file = file;
			this.fix = fix;
			this.message = message;
			this.stamp = stamp;
		}

		@Override
		public String getLabel() {
			return fix.label();
		}

		@Override
		public String getDescription() {
			return message;
		}

		@Override
		public Image getImage() {
			return null;
		}

		@Override
		public void run(IMarker marker) {
			ITextFileBufferManager buffers = FileBuffers.getTextFileBufferManager();
			try {
				buffers.connect(file.getFullPath(), LocationKind.IFILE, null);
				try {
					ITextFileBuffer buffer = buffers.getTextFileBuffer(file.getFullPath(), LocationKind.IFILE);
					IDocument document = buffer.getDocument();
					if (document instanceof IDocumentExtension4 extension && extension.getModificationStamp() != stamp) {
						return; // the text changed since the fixes were computed
					}
					boolean open = buffer.isShared() || buffer.isDirty();
					Fixes.apply(document, fix.edits());
					if (!open) {
						buffer.commit(null, true);
					}
				} finally {
					buffers.disconnect(file.getFullPath(), LocationKind.IFILE, null);
				}
			} catch (CoreException | BadLocationException e) {
				ILog.of(getClass()).error(Messages.bind(Messages.resolutionFailed, fix.label()), e);
			}
		}
	}
}
