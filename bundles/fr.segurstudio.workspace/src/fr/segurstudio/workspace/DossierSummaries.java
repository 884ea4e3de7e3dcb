package fr.segurstudio.workspace;

import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

import org.eclipse.core.resources.IFile;
import org.osgi.service.component.annotations.Component;

/**
 * The summary of each checked file (an OSGi service), kept up to date by the workspace validation job;
 * reading it never parses anything, so the explorer can ask it on the UI thread.
 */
@Component(service = DossierSummaries.class)
public final class DossierSummaries {

	private final Map<IFile, DossierSummary> summaries = new ConcurrentHashMap<>();
	private final CopyOnWriteArrayList<Consumer<Set<IFile>>> listeners = new CopyOnWriteArrayList<>();

	/** The file's summary, or null when it is not (yet) known or the file is not a dossier. */
	public DossierSummary get(IFile file) {
		return summaries.get(file);
	}

	/** Called (in the validation job's thread) with the files whose summary changed. */
	public void addListener(Consumer<Set<IFile>> listener) {
		listeners.addIfAbsent(listener);
	}

	public void removeListener(Consumer<Set<IFile>> listener) {
		listeners.remove(listener);
	}

	/** Sets (or, with null, forgets) the summaries of files and tells the listeners once. */
	public void update(Map<IFile, DossierSummary> changes, Set<IFile> removed) {
		summaries.putAll(changes);
		removed.forEach(summaries::remove);
		Set<IFile> changed = new java.util.HashSet<>(changes.keySet());
		changed.addAll(removed);
		if (!changed.isEmpty()) {
			Set<IFile> view = Set.copyOf(changed);
			listeners.forEach(l -> l.accept(view));
		}
	}
}
