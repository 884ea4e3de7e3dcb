package fr.segurstudio.workspace;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.IResourceChangeEvent;
import org.eclipse.core.resources.IResourceChangeListener;
import org.eclipse.core.resources.IResourceDelta;
import org.eclipse.core.resources.IWorkspace;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IPath;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.Platform;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.SubMonitor;
import org.eclipse.core.runtime.jobs.Job;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;

import fr.segurstudio.dsl.DossierTexts;
import fr.segurstudio.json.AspImporter;
import fr.segurstudio.model.couloir.CouloirRegistry;
import fr.segurstudio.validation.DossierValidator;
import fr.segurstudio.validation.ProfilsDeclares;
import fr.segurstudio.workspace.internal.FileCheck;

/**
 * Keeps the problem markers and summaries of the workspace's .segur and ASP .json files up to date (an
 * OSGi service, active as soon as the workspace is): every change of such a file (an edit saved, a
 * {@code git pull} or {@code segur format} seen by the refresh) queues it, and a background job, started
 * {@link #DELAY_MS} after the last change, reads and validates the queued files as {@code segur validate}
 * does. Files whose markers an editor owns ({@link MarkerOwners}) are left to it.
 */
@Component(service = WorkspaceValidation.class, immediate = true)
public final class WorkspaceValidation {

	/** The job family, to wait for the validation ({@code Job.getJobManager().join(FAMILY, null)}). */
	public static final Object FAMILY = WorkspaceValidation.class;
	/** Changes arriving within this delay are validated together. */
	public static final long DELAY_MS = 300;
	/**
	 * Nothing is validated before this long after the start: the window and the editors the user asked for
	 * come first on a 2-core machine, the explorer's figures a little later.
	 */
	public static final long STARTUP_DELAY_MS = 4000;
	private volatile long notBefore;

	@Reference
	private IWorkspace workspace;
	@Reference
	private AspImporter importer;
	@Reference
	private DossierTexts texts;
	@Reference
	private DossierValidator validator;
	@Reference
	private CouloirRegistry couloirs;
	@Reference
	private DossierSummaries summaries;
	@Reference
	private MarkerOwners owners;

	private final Set<IFile> queue = new LinkedHashSet<>();
	private final ValidationJob job = new ValidationJob();
	private final IResourceChangeListener listener = this::resourceChanged;
	private final Consumer<IFile> released = f -> validate(List.of(f));
	private final List<Runnable> recheckListeners = new CopyOnWriteArrayList<>();

	@Activate
	void activate() {
		notBefore = System.currentTimeMillis() + STARTUP_DELAY_MS;
		workspace.addResourceChangeListener(listener, IResourceChangeEvent.POST_CHANGE);
		owners.addReleaseListener(released);
		validateAll();
	}

	@Deactivate
	void deactivate() {
		workspace.removeResourceChangeListener(listener);
		owners.removeReleaseListener(released);
		job.cancel();
	}

	/**
	 * Everything checked again — a change of what the checks depend on (the referencing profiles of the
	 * preferences), or the user's Valider les dossiers: every .segur and .json file of the workspace is queued, and
	 * the listeners (the open editors, which check their own models) are told.
	 */
	public void validateAll() {
		recheckListeners.forEach(Runnable::run);
		List<IFile> files = new ArrayList<>();
		try {
			workspace.getRoot().accept(proxy -> {
				if (proxy.getType() == IResource.FILE && FileCheck.isCandidate(proxy.getName())) {
					files.add((IFile) proxy.requestResource());
				}
				return true;
			}, IResource.NONE);
		} catch (CoreException e) {
			Platform.getLog(getClass()).log(e.getStatus());
		}
		validate(files);
	}

	/** Told (on the caller's thread) when everything is to be checked again ({@link #validateAll()}). */
	public void addRecheckListener(Runnable listener) {
		recheckListeners.add(listener);
	}

	public void removeRecheckListener(Runnable listener) {
		recheckListeners.remove(listener);
	}

	/** Queues files for validation (debounced). */
	public void validate(Iterable<IFile> files) {
		synchronized (queue) {
			files.forEach(queue::add);
		}
		job.schedule(Math.max(DELAY_MS, notBefore - System.currentTimeMillis()));
	}

	private void resourceChanged(IResourceChangeEvent event) {
		IResourceDelta delta = event.getDelta();
		if (delta == null) {
			return;
		}
		List<IFile> changed = new ArrayList<>();
		try {
			delta.accept(d -> {
				if (d.getResource() instanceof IFile file && FileCheck.isCandidate(file.getName())) {
					boolean content = (d.getFlags() & (IResourceDelta.CONTENT | IResourceDelta.REPLACED | IResourceDelta.ENCODING)) != 0;
					if (d.getKind() != IResourceDelta.CHANGED || content) {
						changed.add(file);
					}
				}
				return true;
			});
		} catch (CoreException e) {
			Platform.getLog(getClass()).log(e.getStatus());
		}
		if (!changed.isEmpty()) {
			validate(changed);
		}
	}

	/** Reads and validates the queued files; cancellable between files. */
	private final class ValidationJob extends Job {

		ValidationJob() {
			super(Messages.validationJob);
			setPriority(Job.BUILD);
		}

		@Override
		public boolean belongsTo(Object family) {
			return family == FAMILY;
		}

		@Override
		protected IStatus run(IProgressMonitor monitor) {
			List<IFile> files;
			synchronized (queue) {
				files = new ArrayList<>(queue);
				queue.clear();
			}
			SubMonitor progress = SubMonitor.convert(monitor, Messages.validationJob, files.size());
			FileCheck check = new FileCheck(importer, texts, validator, couloirs);
			ProfilsDeclares profils = ProfilesFile.declared();
			Map<IFile, DossierSummary> updated = new HashMap<>();
			Set<IFile> removed = new HashSet<>();
			try {
				for (int i = 0; i < files.size(); i++) {
					if (progress.isCanceled()) {
						synchronized (queue) {
							queue.addAll(files.subList(i, files.size())); // checked at the next change
						}
						throw new OperationCanceledException();
					}
					IFile file = files.get(i);
					progress.subTask(file.getFullPath().toString());
					validateOne(file, check, profils, updated, removed, progress.split(1));
				}
			} catch (OperationCanceledException e) {
				return Status.CANCEL_STATUS;
			} finally {
				summaries.update(updated, removed);
			}
			return Status.OK_STATUS;
		}

		private void validateOne(IFile file, FileCheck check, ProfilsDeclares profils, Map<IFile, DossierSummary> updated, Set<IFile> removed,
				IProgressMonitor monitor) {
			IPath location = file.getLocation();
			if (!file.exists() || location == null) {
				removed.add(file);
				return;
			}
			if (owners.isOwned(file)) {
				return;
			}
			try {
				FileCheck.Result result = check.check(location.toPath(), profils);
				if (result == null) {
					removed.add(file);
					if (file.findMarkers(ProblemMarkers.TYPE, false, IResource.DEPTH_ZERO).length > 0) {
						ProblemMarkers.clear(file, monitor);
					}
				} else {
					ProblemMarkers.replace(file, result.issues(), monitor);
					updated.put(file, result.summary());
				}
			} catch (IOException e) {
				removed.add(file); // gone since, or unreadable: the next change checks it again
			} catch (CoreException e) {
				Platform.getLog(WorkspaceValidation.class).log(e.getStatus());
			} catch (RuntimeException | LinkageError e) {
				// a validator's bug: said in the log, and the other files are still checked
				Platform.getLog(WorkspaceValidation.class).error("validation de " + file.getFullPath(), e);
			}
		}
	}
}
