package fr.segurstudio.dsl.editor.internal;

import java.util.List;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;

import fr.segurstudio.model.issue.Issue;
import fr.segurstudio.workspace.MarkerOwners;
import fr.segurstudio.workspace.ProblemMarkers;

/**
 * The Problems view's markers of a file while its editor has unsaved changes: the editor claims them
 * ({@link MarkerOwners}) and writes the issues of each reconcile ({@link ProblemMarkers#replace}, in a job
 * on the file's rule); saved, reverted or closed, the claim is closed and the workspace validation checks the
 * file again from disk.
 */
public final class MarkerWriter {

	/** How long the markers wait for the typing to pause (a new reconcile's issues replace the pending ones). */
	public static final long DELAY_MS = 1000;

	private final IFile file;
	private final Object owner;
	private final MarkerOwners owners;
	private final Job job;
	private MarkerOwners.Claim claim;
	private List<Issue> pending;

	public MarkerWriter(IFile file, Object owner, MarkerOwners owners) {
		this.file = file;
		this.owner = owner;
		this.owners = owners;
		this.job = Job.create(Messages.bind(Messages.markersJob, file.getName()), this::run);
		job.setRule(file);
		job.setSystem(true);
	}

	/** The issues of the text as typed become the file's markers (UI thread). */
	public synchronized void write(List<Issue> issues) {
		if (claim == null) {
			claim = owners.claim(file, owner);
		}
		pending = issues;
		job.schedule(DELAY_MS); // while typing, the Problems view follows after a pause: the annotations come first
	}

	/** The file's markers go back to the workspace validation. */
	public synchronized void release() {
		pending = null;
		if (claim != null) {
			claim.close();
			claim = null;
		}
	}

	public synchronized boolean owns() {
		return claim != null;
	}

	private IStatus run(IProgressMonitor monitor) {
		List<Issue> issues;
		synchronized (this) {
			issues = pending;
			pending = null;
		}
		if (issues == null) {
			return Status.OK_STATUS;
		}
		try {
			ProblemMarkers.replace(file, issues, monitor);
		} catch (CoreException e) {
			return e.getStatus();
		}
		return Status.OK_STATUS;
	}

	public Job job() {
		return job;
	}
}
