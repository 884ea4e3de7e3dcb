package fr.segurstudio.dsl.editor.internal;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.jface.text.source.AnnotationModel;
import org.eclipse.jface.text.source.IAnnotationModel;

import fr.segurstudio.ui.files.AtomicTextDocumentProvider;

/**
 * The documents of .segur files (the platform's file buffers, shared with Open With's other editors; written
 * atomically, see {@link AtomicTextDocumentProvider}), with the .segur partitions, and an annotation model of the
 * editor's own: its annotations are those of the last reconcile of the text being typed, so the file's markers
 * (written by the workspace validation from the disk, or by this editor while it owns them) are not shown twice.
 */
public final class SegurDocumentProvider extends AtomicTextDocumentProvider {

	private static SegurDocumentProvider shared;

	/** One provider for every standalone .segur editor (two editors of one file share its document). */
	public static synchronized SegurDocumentProvider shared() {
		if (shared == null) {
			shared = new SegurDocumentProvider();
		}
		return shared;
	}

	@Override
	protected IAnnotationModel createAnnotationModel(IFile file) {
		return new AnnotationModel();
	}

	@Override
	protected FileInfo createFileInfo(Object element) throws CoreException {
		FileInfo info = super.createFileInfo(element);
		if (info != null && info.fTextFileBuffer != null) {
			SegurPartitions.setUp(info.fTextFileBuffer.getDocument());
		}
		return info;
	}
}
