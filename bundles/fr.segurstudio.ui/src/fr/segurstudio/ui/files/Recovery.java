package fr.segurstudio.ui.files;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileVisitOption;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.widgets.Shell;

import fr.segurstudio.json.InputFiles;
import fr.segurstudio.json.deposit.AtomicFiles;
import fr.segurstudio.ui.Messages;
import fr.segurstudio.workspace.DossierFolders;

/**
 * After a crash: a save cut between its write and its rename ({@link AtomicFiles} writes a temporary
 * {@code .NAME.segur.XXXX.tmp} next to the dossier, then renames it) leaves that copy behind, holding what was being
 * saved. At start, and when a folder is opened, each copy next to a dossier of the opened folders is offered back —
 * compared with the dossier, then recovered (it becomes the dossier, written as any save), deleted, or left for later
 * (the default). A copy that holds nothing the dossier lacks (empty, or the same bytes) is deleted without a word.
 */
public final class Recovery {

	/** AtomicFiles' temporary name for a dossier, {@code .NAME.<random>.tmp}: group 1 is the dossier's name. */
	static final Pattern COPY = Pattern.compile("\\.(.+\\.(?:segur|json))\\.[0-9a-z]+\\.tmp");
	/** A copy younger than this may be a save being written right now (a command in a terminal): left alone. */
	static final Duration SETTLED = Duration.ofSeconds(30);
	/** How deep an opened folder is searched (dossiers live near its top). */
	private static final int DEPTH = 8;
	private static final Set<String> SKIPPED = Set.of(".git", ".hg", ".svn", "node_modules", "target");
	/** The jobs that look for copies belong to this family (a test waits for them). */
	public static final Object FAMILY = Recovery.class;
	/** The copies being asked about (UI thread): a second look, at start and on an opened folder at once, asks no twice. */
	private static final Set<Path> ASKING = new HashSet<>();

	private Recovery() {
	}

	/** Where to look: an opened folder (and below it), or the folder of a file opened on its own (that file's copies only). */
	public record Place(Path folder, String onlyFor) {

		public static Place of(IResource root) {
			Path location = root.getLocation() == null ? null : root.getLocation().toPath();
			if (location == null) {
				return null;
			}
			return root.getType() == IResource.FILE ? new Place(location.getParent(), location.getFileName().toString()) : new Place(location, null);
		}
	}

	/** The places of what the explorer shows. */
	public static List<Place> opened() {
		try {
			return DossierFolders.roots().stream().map(Place::of).filter(p -> p != null).toList();
		} catch (CoreException e) {
			return List.of();
		}
	}

	/** The dossier a copy was being saved into. */
	public static Path dossierOf(Path copy) {
		Matcher matcher = COPY.matcher(copy.getFileName().toString());
		return matcher.matches() ? copy.resolveSibling(matcher.group(1)) : null;
	}

	/** The copies left in these places, settled (older than {@link #SETTLED} at {@code now}), by path. */
	public static List<Path> leftovers(List<Place> places, Instant now) {
		List<Path> found = new ArrayList<>();
		for (Place place : places) {
			try {
				Files.walkFileTree(place.folder(), EnumSet.noneOf(FileVisitOption.class), place.onlyFor() == null ? DEPTH : 1,
						new SimpleFileVisitor<>() {
							@Override
							public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attributes) {
								return dir.equals(place.folder()) || !SKIPPED.contains(dir.getFileName().toString()) ? FileVisitResult.CONTINUE
										: FileVisitResult.SKIP_SUBTREE;
							}

							@Override
							public FileVisitResult visitFile(Path file, BasicFileAttributes attributes) {
								Path dossier = attributes.isRegularFile() ? dossierOf(file) : null;
								if (dossier != null && (place.onlyFor() == null || place.onlyFor().equals(dossier.getFileName().toString()))
										&& attributes.lastModifiedTime().toInstant().isBefore(now.minus(SETTLED)) && !found.contains(file)) {
									found.add(file);
								}
								return FileVisitResult.CONTINUE;
							}

							@Override
							public FileVisitResult visitFileFailed(Path file, IOException e) {
								return FileVisitResult.CONTINUE; // unreadable: not ours to judge
							}
						});
			} catch (IOException e) {
				// a folder gone meanwhile: nothing to offer there
			}
		}
		found.sort(Comparator.naturalOrder());
		return found;
	}

	/** Looks in the background, then asks about each copy found, on the UI thread. */
	public static void offer(Shell shell, List<Place> places) {
		if (places.isEmpty()) {
			return;
		}
		Job job = new Job(Messages.recoveryJob) {
			@Override
			protected IStatus run(IProgressMonitor monitor) {
				List<Path> copies = leftovers(places, Instant.now());
				if (!copies.isEmpty() && !shell.isDisposed()) {
					shell.getDisplay().asyncExec(() -> {
						if (!shell.isDisposed()) {
							ask(shell, copies);
						}
					});
				}
				return Status.OK_STATUS;
			}

			@Override
			public boolean belongsTo(Object family) {
				return family == FAMILY;
			}
		};
		job.setSystem(true);
		job.schedule();
	}

	/** Asks about each copy: compare, recover, delete, or later. */
	public static void ask(Shell shell, List<Path> copies) {
		for (Path copy : copies) {
			Path dossier = dossierOf(copy);
			if (dossier == null || !Files.isRegularFile(copy) || !ASKING.add(copy)) {
				continue;
			}
			try {
				byte[] copied = InputFiles.read(copy);
				byte[] current = Files.isRegularFile(dossier) ? InputFiles.read(dossier) : new byte[0];
				if (copied.length == 0 || Arrays.equals(copied, current)) {
					Files.deleteIfExists(copy); // nothing in it that the dossier lacks
					continue;
				}
				DiskChangeDialog.Choice choice = DiskChangeDialog.askRecovery(shell, dossier.getFileName().toString(),
						new String(copied, StandardCharsets.UTF_8), new String(current, StandardCharsets.UTF_8));
				if (choice == DiskChangeDialog.Choice.RECOVER) {
					AtomicFiles.rewrite(dossier, copied);
					Files.deleteIfExists(copy);
					refresh(dossier);
				} else if (choice == DiskChangeDialog.Choice.DISCARD) {
					Files.deleteIfExists(copy);
				}
			} catch (IOException | RuntimeException e) {
				MessageDialog.openError(shell, Messages.recoveryTitle, NLS.bind(Messages.recoveryFailed, dossier.getFileName(), FileProblems.reason(e)));
			} finally {
				ASKING.remove(copy);
			}
		}
	}

	/** The explorer, the validation and an open editor see the recovered dossier at once. */
	private static void refresh(Path dossier) {
		IFile file = DossierFolders.find(dossier);
		if (file != null) {
			try {
				file.refreshLocal(IResource.DEPTH_ZERO, null);
			} catch (CoreException e) {
				// the workspace's own refresh catches up
			}
		}
	}
}
