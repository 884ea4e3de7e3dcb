package fr.segurstudio.dsl.editor.internal;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.jface.operation.IRunnableContext;
import org.eclipse.jface.text.Document;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.source.AnnotationModel;
import org.eclipse.jface.text.source.IAnnotationModel;
import org.eclipse.ui.texteditor.AbstractDocumentProvider;

import fr.segurstudio.dsl.editor.TextPageHost;

/**
 * The document of a text page: the host's text (the dossier session's), in memory; saving is the host's
 * (the dossier editor writes the file once, whichever page is active), so this provider writes nothing.
 */
public final class HostDocumentProvider extends AbstractDocumentProvider {

	private final TextPageHost host;

	public HostDocumentProvider(TextPageHost host) {
		this.host = host;
	}

	@Override
	protected IDocument createDocument(Object element) {
		Document document = new Document(host.initialText());
		SegurPartitions.setUp(document);
		return document;
	}

	@Override
	protected IAnnotationModel createAnnotationModel(Object element) {
		return new AnnotationModel();
	}

	@Override
	protected void doSaveDocument(IProgressMonitor monitor, Object element, IDocument document, boolean overwrite) {
		// the host saves the session: see TextPageHost
	}

	@Override
	protected IRunnableContext getOperationRunner(IProgressMonitor monitor) {
		return null;
	}

	@Override
	public boolean isModifiable(Object element) {
		return true;
	}

	@Override
	public boolean isReadOnly(Object element) {
		return false;
	}

	/**
	 * The page's text is the session's again (saved, or taken over): not dirty, until the next edit (the provider
	 * stops listening to a document once it is dirty: it listens again).
	 */
	public void markClean(Object element) {
		ElementInfo info = getElementInfo(element);
		if (info != null && info.fCanBeSaved) {
			info.fCanBeSaved = false;
			addUnchangedElementListeners(element, info);
			fireElementDirtyStateChanged(element, false);
		}
	}
}
