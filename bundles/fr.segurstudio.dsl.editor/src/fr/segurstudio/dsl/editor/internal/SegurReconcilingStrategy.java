package fr.segurstudio.dsl.editor.internal;

import java.nio.file.Path;
import java.util.function.Consumer;
import java.util.function.Supplier;

import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.IDocumentExtension4;
import org.eclipse.jface.text.IRegion;
import org.eclipse.jface.text.reconciler.DirtyRegion;
import org.eclipse.jface.text.reconciler.IReconcilingStrategy;
import org.eclipse.jface.text.reconciler.IReconcilingStrategyExtension;

import fr.segurstudio.dsl.DossierTexts;

/**
 * Runs in the reconciler's thread (never the UI thread): the whole text checked by {@link DossierCheck}
 * after each pause in typing, parsed into the previous check's syntax tree (only the edited part is parsed
 * again: the check's parse is therefore this strategy's, until {@link #handOver handed over}); the result is handed over for the UI thread to show, and dropped there when
 * the document changed in the meantime (the next reconcile, already queued, replaces it).
 */
public final class SegurReconcilingStrategy implements IReconcilingStrategy, IReconcilingStrategyExtension {

	/** Where the file stands: its name for the messages, its folder for the attached files. */
	public record Place(String fileName, Path directory) {
	}

	private final DossierCheck check;
	private final Supplier<Place> place;
	private final Consumer<Reconciled> done;
	private IDocument document;
	private IProgressMonitor monitor;
	/** The last check's parse, which the next check parses the edited text into; null once handed over. */
	private DossierTexts.Parsed working;
	private final Object workingLock = new Object();

	public SegurReconcilingStrategy(DossierCheck check, Supplier<Place> place, Consumer<Reconciled> done) {
		this.check = check;
		this.place = place;
		this.done = done;
	}

	@Override
	public void setDocument(IDocument document) {
		this.document = document;
	}

	@Override
	public void setProgressMonitor(IProgressMonitor monitor) {
		this.monitor = monitor;
	}

	@Override
	public void initialReconcile() {
		run();
	}

	@Override
	public void reconcile(DirtyRegion dirtyRegion, IRegion subRegion) {
		run();
	}

	@Override
	public void reconcile(IRegion partition) {
		run();
	}

	private void run() {
		IDocument current = document;
		if (current == null || (monitor != null && monitor.isCanceled())) {
			return;
		}
		long stamp = stamp(current);
		String text = current.get();
		if (stamp != stamp(current)) {
			return; // changed while read: the change queued another reconcile
		}
		DossierTexts.Parsed previous;
		synchronized (workingLock) {
			previous = working;
			working = null;
		}
		try {
			Place where = place.get();
			Reconciled result = check.check(previous, text, stamp, where.fileName(), where.directory());
			synchronized (workingLock) {
				working = result.parsed();
			}
			done.accept(result);
		} catch (RuntimeException | LinkageError e) {
			ILog.of(getClass()).error("contrôle du texte", e);
		}
	}

	/**
	 * Hands a check's parse over for good (the host makes it its model's): the next check parses the whole
	 * text instead of changing it in place. False when it is no longer the one the next check would reuse.
	 */
	public boolean handOver(DossierTexts.Parsed parsed) {
		synchronized (workingLock) {
			if (parsed == null || working != parsed) {
				return false;
			}
			working = null;
			return true;
		}
	}

	public static long stamp(IDocument document) {
		return document instanceof IDocumentExtension4 extension ? extension.getModificationStamp() : IDocumentExtension4.UNKNOWN_MODIFICATION_STAMP;
	}
}
