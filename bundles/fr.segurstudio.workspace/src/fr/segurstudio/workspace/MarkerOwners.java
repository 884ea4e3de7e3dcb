package fr.segurstudio.workspace;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

import org.eclipse.core.resources.IFile;
import org.osgi.service.component.annotations.Component;

/**
 * Who owns the problem markers of a file (an OSGi service). The workspace validation writes the markers
 * of every file from its content on disk, except while an editor owns them: an editor with unsaved
 * changes validates its own model and calls {@link ProblemMarkers#replace} itself. When the editor
 * closes its claim, the file is checked again from disk (a revert or a close without saving).
 *
 * <pre>
 * AutoCloseable claim = markerOwners.claim(file, this); // becomes dirty
 * ...
 * claim.close();                                        // saved, reverted or closed
 * </pre>
 */
@Component(service = MarkerOwners.class)
public final class MarkerOwners {

	/** A claim on a file's markers; closing it gives them back to the workspace validation. */
	public interface Claim extends AutoCloseable {
		@Override
		void close();
	}

	private final Map<IFile, Object> owners = new ConcurrentHashMap<>();
	private final CopyOnWriteArrayList<Consumer<IFile>> released = new CopyOnWriteArrayList<>();

	/** The owner takes the file's markers over (a second claim on the same file replaces the first). */
	public Claim claim(IFile file, Object owner) {
		owners.put(file, owner);
		return () -> {
			if (owners.remove(file, owner)) {
				released.forEach(l -> l.accept(file));
			}
		};
	}

	public boolean isOwned(IFile file) {
		return owners.containsKey(file);
	}

	/** Called when a claim is closed, with its file. */
	public void addReleaseListener(Consumer<IFile> listener) {
		released.addIfAbsent(listener);
	}

	public void removeReleaseListener(Consumer<IFile> listener) {
		released.remove(listener);
	}
}
