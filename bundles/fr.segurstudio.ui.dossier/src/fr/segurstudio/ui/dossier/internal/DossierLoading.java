package fr.segurstudio.ui.dossier.internal;

import java.io.IOException;
import java.nio.file.Path;
import java.util.function.Consumer;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.IJobChangeEvent;
import org.eclipse.core.runtime.jobs.IJobFunction;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.core.runtime.jobs.JobChangeAdapter;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.ProgressBar;

import fr.segurstudio.editing.DossierSession;
import fr.segurstudio.editing.DossierSessions;
import fr.segurstudio.ui.StartupLog;
import fr.segurstudio.ui.files.FileProblems;
import fr.segurstudio.ui.dossier.Messages;

/**
 * The read of a dossier editor's file, off the UI thread: the window and the editor's tab show at once, the
 * editor says « Lecture de bio.segur… » while a Job reads the file, and its pages are built when the read is
 * done (on the UI thread), or as soon as something needs them (a handler, a marker's double-click: it then
 * waits for the read). A file that cannot be read says why in the editor, in place of its pages.
 */
public final class DossierLoading {

	private final Path path;
	private final Job job;
	private volatile DossierSession session;
	private volatile String failure;
	private Composite placeholder;
	private Consumer<DossierSession> whenRead;
	private boolean delivered;

	/** Starts reading the file. */
	public DossierLoading(DossierSessions sessions, Path path) {
		this.path = path;
		this.job = Job.create(NLS.bind(Messages.editorLoading, path.getFileName()), (IJobFunction) monitor -> read(sessions, monitor));
		job.setPriority(Job.INTERACTIVE);
		job.schedule();
	}

	private IStatus read(DossierSessions sessions, IProgressMonitor monitor) {
		try {
			session = sessions.open(path);
			StartupLog.phase("input read " + path.getFileName());
		} catch (IOException | RuntimeException e) {
			failure = NLS.bind(Messages.editorCannotOpen, path.getFileName(), FileProblems.reason(e));
		}
		return Status.OK_STATUS;
	}

	/**
	 * The editor's contents while the file is read (its only page), and what to do with the session once it is
	 * read: on the UI thread, once, when the read ends or {@link #deliver()} is called, whichever comes first.
	 */
	public Composite show(Composite parent, Consumer<DossierSession> whenRead) {
		this.whenRead = whenRead;
		placeholder = new Composite(parent, SWT.NONE);
		placeholder.setLayout(new GridLayout(1, false));
		Label label = new Label(placeholder, SWT.WRAP);
		label.setText(NLS.bind(Messages.editorLoading, path.getFileName()));
		label.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
		ProgressBar bar = new ProgressBar(placeholder, SWT.INDETERMINATE);
		bar.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
		Display display = parent.getDisplay();
		job.addJobChangeListener(new JobChangeAdapter() {
			@Override
			public void done(IJobChangeEvent event) {
				display.asyncExec(DossierLoading.this::deliver);
			}
		});
		if (session != null || failure != null) {
			display.asyncExec(this::deliver); // read (or failed: a file gone) before the editor's contents were made
		}
		return placeholder;
	}

	/** The session, waiting for the read when it is not over (a caller that needs the pages now). */
	public DossierSession session() {
		if (session == null && failure == null) {
			try {
				job.join();
			} catch (InterruptedException e) {
				Thread.currentThread().interrupt();
			}
		}
		return session;
	}

	/** Gives the read session to the editor (once, waiting for the read if need be), or says the failure in the placeholder. */
	public void deliver() {
		if (delivered || whenRead == null || placeholder.isDisposed()) {
			return;
		}
		DossierSession read = session();
		delivered = true;
		if (read == null) {
			for (Control child : placeholder.getChildren()) {
				child.dispose();
			}
			Label label = new Label(placeholder, SWT.WRAP);
			label.setText(failure);
			label.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
			placeholder.layout();
			return;
		}
		whenRead.accept(read);
	}

	/** The editor closed before the read was over: the read goes on and its session is dropped. */
	public void cancel() {
		delivered = true;
		job.cancel();
	}
}
