package fr.segurstudio.ui.dossier.internal;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Supplier;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.swt.widgets.Display;

import fr.segurstudio.editing.DossierSession;
import fr.segurstudio.editing.ValidationSnapshot;
import fr.segurstudio.model.issue.Issue;
import fr.segurstudio.ui.Services;
import fr.segurstudio.ui.dossier.Messages;
import fr.segurstudio.workspace.MarkerOwners;
import fr.segurstudio.workspace.ProblemMarkers;
import fr.segurstudio.workspace.WorkspaceValidation;

/**
 * Validates an editor's dossier as the user types: a pause of {@value #DELAY_MS} ms after the last change,
 * a copy of the model taken on the UI thread, the validator run by a Job on it, the issues placed in the
 * file back on the UI thread (a result older than the model is dropped). While the dossier has unsaved
 * changes the editor owns its file's markers (the Problems view shows the model's problems, not the disk's).
 */
public final class ValidationController {

	public static final int DELAY_MS = 300;
	/** The family of the validation jobs (tests wait for them). */
	public static final Object FAMILY = ValidationController.class;

	private final DossierSession session;
	private final Supplier<IFile> file;
	private final Consumer<List<Issue>> shown;
	private final Display display;
	private final Runnable start = this::start;
	private int generation;
	private int shownGeneration = -1;
	private MarkerOwners.Claim claim;
	/** The markers last written, and on which file. */
	private List<Map<String, Object>> written = List.of();
	private IFile writtenFile;
	private boolean disposed;
	/** Everything is checked again (the profiles of the preferences changed): this model too. */
	private final Runnable recheck = this::recheck;
	private final WorkspaceValidation workspace;

	public ValidationController(DossierSession session, Supplier<IFile> file, Consumer<List<Issue>> shown) {
		this.session = session;
		this.file = file;
		this.shown = shown;
		this.display = Display.getCurrent();
		this.workspace = Services.get(WorkspaceValidation.class);
		if (workspace != null) {
			workspace.addRecheckListener(recheck);
		}
	}

	/** After a change: validation again after the pause; the markers are the editor's while dirty. */
	public void modelChanged(boolean dirty) {
		claimMarkers(dirty);
		schedule(DELAY_MS);
	}

	/**
	 * The text page's check of its unsaved text (the model follows when the page is left): the Problems view
	 * shows the text's problems meanwhile.
	 */
	public void textChecked(List<Issue> issues, boolean textDirty) {
		if (textDirty) {
			claimMarkers(true);
		}
		if (claim != null) { // also the text back to the model's: its markers are the model's again
			writeMarkers(issues);
		}
	}

	/** Everything is checked again (told on any thread). */
	private void recheck() {
		if (!display.isDisposed()) {
			display.asyncExec(() -> {
				if (!disposed) {
					schedule(0);
				}
			});
		}
	}

	public void schedule(int delayMs) {
		generation++;
		display.timerExec(-1, start);
		display.timerExec(delayMs, start);
	}

	/** True while a change has not been validated yet. */
	public boolean isPending() {
		return shownGeneration != generation;
	}

	private void start() {
		if (disposed) {
			return;
		}
		int wanted = generation;
		ValidationSnapshot snapshot = session.snapshot();
		List<Issue> readProblems = session.readProblems();
		Job job = new Job(Messages.validationJob) {
			@Override
			protected IStatus run(IProgressMonitor monitor) {
				List<Issue> found = snapshot.validate();
				display.asyncExec(() -> show(wanted, readProblems, found));
				return Status.OK_STATUS;
			}

			@Override
			public boolean belongsTo(Object family) {
				return family == FAMILY;
			}
		};
		job.setSystem(true);
		job.setPriority(Job.SHORT);
		job.schedule();
	}

	private void show(int wanted, List<Issue> readProblems, List<Issue> found) {
		if (disposed || wanted != generation) {
			return; // the model changed since: a newer validation comes
		}
		List<Issue> all = new ArrayList<>();
		Set<Object> misread = new HashSet<>();
		for (Issue problem : readProblems) {
			if (problem.target() != null && problem.feature() != null) {
				if (problem.target().eGet(problem.feature()) != null) {
					continue; // a value the file had wrong, replaced since in the form
				}
				misread.add(List.of(System.identityHashCode(problem.target()), problem.feature(), problem.index()));
			}
			all.add(problem);
		}
		for (Issue issue : session.place(found)) {
			// the reader said what is wrong with this value: said once (as FileValidator does for the command line)
			if (issue.target() == null || !misread.contains(List.of(System.identityHashCode(issue.target()), issue.feature(), issue.index()))) {
				all.add(issue);
			}
		}
		shownGeneration = wanted;
		shown.accept(List.copyOf(all));
		if (claim != null) {
			writeMarkers(List.copyOf(all));
		}
	}

	private void writeMarkers(List<Issue> issues) {
		IFile target = file.get();
		if (target == null) {
			return;
		}
		// the same problems as last time (most keystrokes): the Problems view is left alone
		List<Map<String, Object>> attributes = issues.stream().map(ProblemMarkers::attributes).toList();
		if (target.equals(writtenFile) && attributes.equals(written)) {
			return;
		}
		written = attributes;
		writtenFile = target;
		Job job = Job.create(Messages.markersJob, monitor -> {
			try {
				ProblemMarkers.replace(target, issues, monitor);
			} catch (CoreException e) {
				return e.getStatus();
			}
			return Status.OK_STATUS;
		});
		job.setSystem(true);
		job.setRule(target);
		job.schedule();
	}

	private void claimMarkers(boolean dirty) {
		IFile target = file.get();
		if (dirty && claim == null && target != null) {
			MarkerOwners owners = Services.get(MarkerOwners.class);
			if (owners != null) {
				claim = owners.claim(target, this);
			}
		} else if (!dirty && claim != null) {
			release();
		}
	}

	private void release() {
		written = List.of(); // the workspace validation writes them from disk now
		if (claim != null) {
			claim.close(); // the workspace validation checks the file on disk again
			claim = null;
		}
	}

	public void dispose() {
		disposed = true;
		if (workspace != null) {
			workspace.removeRecheckListener(recheck);
		}
		display.timerExec(-1, start);
		release();
	}
}
