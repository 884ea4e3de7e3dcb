package fr.segurstudio.workspace;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

import org.eclipse.core.filesystem.URIUtil;
import org.eclipse.core.resources.FileInfoMatcherDescription;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IFolder;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.IResourceFilterDescription;
import org.eclipse.core.resources.IWorkspace;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IPath;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.SubMonitor;

/**
 * The user's folders (typically git working copies) as the workspace shows them, without copying
 * anything and without writing anything into them: one project, {@value #PROJECT}, kept in the
 * workspace's own directory (its {@code .project} is there, never in a user's folder), holds one
 * <em>linked folder</em> per opened folder, named after it ({@code dossiers}, {@code dossiers (2)} for a
 * second folder of the same name), and a <em>linked file</em> per file opened outside every opened folder.
 * The explorer shows that project, with the opened folders under it. Deleting a
 * linked resource removes the link only: the user's files stay.
 * <p>
 * <b>One link per real path.</b> A link points at the real path of what it shows ({@link #real}: symbolic links
 * resolved, no {@code //}, {@code .} or {@code ..}), and a path is looked up by its real path: a folder or file
 * reached through a symbolic link, or named twice, is linked once and its files are one workspace file each
 * (so one editor each); a folder inside an opened folder is that folder's, not a second link.
 */
public final class DossierFolders {

	public static final String PROJECT = "Dossiers";
	/** Version-control folders are left out of the workspace (big, never dossiers). */
	static final String EXCLUDED_FOLDERS = "\\.git|\\.hg|\\.svn";

	private DossierFolders() {
	}

	/** The project that holds the links, created and opened when needed. */
	public static IProject project(IProgressMonitor monitor) throws CoreException {
		IProject project = workspace().getRoot().getProject(PROJECT);
		SubMonitor progress = SubMonitor.convert(monitor, 2);
		if (!project.exists()) {
			project.create(progress.split(1));
		}
		if (!project.isOpen()) {
			project.open(progress.split(1));
		}
		return project;
	}

	/** The project without creating it (it may not exist). */
	public static IProject project() {
		return workspace().getRoot().getProject(PROJECT);
	}

	/** The linked roots: the opened folders and files, by name. */
	public static List<IResource> roots() throws CoreException {
		IProject project = project();
		if (!project.isAccessible()) {
			return List.of();
		}
		return Arrays.stream(project.members()).filter(IResource::isLinked).sorted(Comparator.comparing(IResource::getName)).toList();
	}

	/**
	 * Shows a folder of the file system: the existing link to it, or a new linked folder (its content is
	 * read in the background).
	 */
	public static IFolder open(Path directory, IProgressMonitor monitor) throws CoreException {
		Path dir = real(directory);
		IProject project = project(monitor);
		URI uri = dir.toUri();
		for (IResource root : project.members()) {
			Path location = root instanceof IFolder && root.isLinked() ? rootLocation(root) : null;
			if (location != null && dir.startsWith(location)) { // the opened folder itself, or a folder inside it
				return location.equals(dir) ? (IFolder) root : ((IFolder) root).getFolder(location.relativize(dir).toString());
			}
		}
		IFolder folder = project.getFolder(freeName(project, dir));
		workspace().run(m -> {
			SubMonitor progress = SubMonitor.convert(m, 2);
			folder.createLink(uri, IResource.BACKGROUND_REFRESH, progress.split(1));
			folder.createFilter(IResourceFilterDescription.EXCLUDE_ALL | IResourceFilterDescription.FOLDERS | IResourceFilterDescription.INHERITABLE,
					new FileInfoMatcherDescription("org.eclipse.core.resources.regexFilterMatcher", EXCLUDED_FOLDERS), IResource.BACKGROUND_REFRESH,
					progress.split(1));
		}, project, IWorkspace.AVOID_UPDATE, monitor);
		return folder;
	}

	/**
	 * The workspace file of a file of the file system when it lies in an opened folder (or was linked),
	 * else null; it may not exist yet in the workspace when its folder was opened a moment ago.
	 */
	public static IFile find(Path file) {
		Path path = real(file);
		return Arrays.stream(workspace().getRoot().findFilesForLocationURI(path.toUri()))
				.filter(f -> f.getProject().getName().equals(PROJECT))
				.min(Comparator.comparing((IFile f) -> !f.exists()).thenComparingInt(f -> f.getFullPath().segmentCount())).orElse(null);
	}

	/**
	 * The workspace file of a file of the file system: found in an opened folder, else linked on its own at
	 * the top of the explorer (opening its whole folder could bring in a Downloads folder's thousands of files).
	 */
	public static IFile openFile(Path file, IProgressMonitor monitor) throws CoreException {
		SubMonitor progress = SubMonitor.convert(monitor, 2);
		IFile found = find(file);
		if (found != null && !found.exists()) {
			// its folder's content is still being read in the background: read the branch down to it now
			IResource root = found.getProject().findMember(found.getProjectRelativePath().segment(0));
			if (root != null) {
				root.refreshLocal(IResource.DEPTH_INFINITE, progress.split(1));
			}
		}
		if (found != null && found.exists()) {
			return found;
		}
		Path path = real(file);
		IProject project = project(progress.split(1));
		IFile linked = project.getFile(freeName(project, path));
		linked.createLink(path.toUri(), IResource.NONE, progress.split(1));
		return linked;
	}

	/** Removes an opened folder or file from the workspace: the link only, never the user's files. */
	public static void remove(IResource root, IProgressMonitor monitor) throws CoreException {
		if (!root.isLinked() || !root.getParent().equals(project())) {
			throw new IllegalArgumentException(root.getFullPath() + " n'est pas un dossier ouvert");
		}
		root.delete(IResource.NONE, monitor);
	}

	/**
	 * At start, links written before this rule (a path through a symbolic link, a {@code //}) point at their real
	 * path again, and a link to a place another link shows already goes (the link only: no file is touched).
	 */
	public static void tidy(IProgressMonitor monitor) throws CoreException {
		IProject project = project();
		if (!project.isAccessible()) {
			return;
		}
		List<Path> kept = new ArrayList<>();
		for (IResource root : roots()) {
			URI stored = root.getLocationURI();
			Path location = rootLocation(root);
			if (location == null || stored == null) {
				continue; // a link whose target is gone: left for the user to remove
			}
			if (kept.contains(location)) {
				root.delete(IResource.NONE, monitor);
				continue;
			}
			kept.add(location);
			// compared as the workspace compares locations: "//x" is a network path to it, never "/x"
			if (!IPath.fromOSString(location.toString()).equals(URIUtil.toPath(stored))) {
				if (root instanceof IFolder folder) {
					folder.createLink(location.toUri(), IResource.REPLACE | IResource.BACKGROUND_REFRESH, monitor);
				} else if (root instanceof IFile file) {
					file.createLink(location.toUri(), IResource.REPLACE, monitor);
				}
			}
		}
	}

	/**
	 * The real path of a file or folder: absolute, symbolic links resolved, no {@code //}, {@code .} or {@code ..};
	 * for a path that does not exist (yet), its nearest existing folder's real path and the rest of the path.
	 */
	public static Path real(Path path) {
		Path absolute = path.toAbsolutePath().normalize();
		try {
			return absolute.toRealPath();
		} catch (IOException e) {
			Path parent = absolute.getParent();
			return parent == null ? absolute : real(parent).resolve(absolute.getFileName().toString());
		}
	}

	/** Where a linked root is, as a real path; null when its target is gone or is not on this disk. */
	private static Path rootLocation(IResource root) {
		URI uri = root.getLocationURI();
		if (uri == null || !"file".equals(uri.getScheme())) {
			return null;
		}
		try {
			Path path = Path.of(uri);
			return Files.exists(path) ? real(path) : null;
		} catch (IllegalArgumentException e) {
			return null; // a network location (file://host/...): not one of ours
		}
	}

	/** A free name under the project: {@code dossiers (2)} for a folder, {@code bio (2).segur} for a file (its extension kept). */
	private static String freeName(IProject project, Path path) {
		Path fileName = path.getFileName();
		String whole = fileName == null ? "racine" : fileName.toString();
		int dot = Files.isDirectory(path) ? -1 : whole.lastIndexOf('.');
		String base = dot > 0 ? whole.substring(0, dot) : whole;
		String extension = dot > 0 ? whole.substring(dot) : "";
		String name = whole;
		for (int n = 2; project.findMember(name) != null || project.getFolder(name).exists() || project.getFile(name).exists(); n++) {
			name = base + " (" + n + ")" + extension;
		}
		return name;
	}

	private static IWorkspace workspace() {
		return ResourcesPlugin.getWorkspace();
	}
}
