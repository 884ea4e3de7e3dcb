package fr.segurstudio.model.couloir.internal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import java.util.function.Supplier;
import java.util.stream.Stream;

import fr.segurstudio.model.couloir.internal.DataCouloirLoader.Loaded;

/**
 * The couloirs dropped into the couloirs folders, read on first use, then again by {@link #refresh} when the folders'
 * entries or a couloir's files changed (names, sizes, times): an unchanged couloir is not read again and stays the
 * same object.
 */
final class DataCouloirs {

	/** What the folders held at a read: each source's result in order, and the folders' own problems (a stray file). */
	record State(List<Loaded> loaded, List<String> problems, List<String> stamps) {
	}

	private final Supplier<List<Path>> folders;
	private volatile State state;

	DataCouloirs(Supplier<List<Path>> folders) {
		this.folders = folders;
	}

	/** The couloirs as last read; read now on first use. */
	State state(Predicate<String> knownCodeList) {
		State current = state;
		if (current == null) {
			synchronized (this) {
				current = state;
				if (current == null) {
					current = scan(null, knownCodeList);
					state = current;
				}
			}
		}
		return current;
	}

	/** Reads again what changed since the last read; true when anything did. */
	synchronized boolean refresh(Predicate<String> knownCodeList) {
		State previous = state;
		State next = scan(previous, knownCodeList);
		if (next == previous) {
			return false;
		}
		state = next;
		return true;
	}

	private State scan(State previous, Predicate<String> knownCodeList) {
		List<String> problems = new ArrayList<>();
		List<CouloirSource> sources = new ArrayList<>();
		for (Path folder : folders.get()) {
			if (!Files.exists(folder)) {
				continue;
			}
			if (!Files.isDirectory(folder)) {
				problems.add(folder + " : n'est pas un dossier : aucun couloir n'y est lu");
				continue;
			}
			try (Stream<Path> entries = Files.list(folder)) {
				for (Path entry : entries.sorted().toList()) {
					if (entry.getFileName().toString().startsWith(".")) {
						continue;
					}
					CouloirSource source = CouloirSource.of(entry);
					if (source == null) {
						problems.add(CouloirSource.notACouloir(entry));
					} else {
						sources.add(source);
					}
				}
			} catch (IOException | RuntimeException e) {
				problems.add(folder + " : dossier des couloirs illisible (" + (e instanceof IOException io ? CouloirSource.reason(io) : e.getMessage()) + ")");
			}
		}
		List<String> stamps = sources.stream().map(s -> s.getClass().getSimpleName() + " " + s.path + "\n" + s.stamp()).toList();
		if (previous != null && previous.stamps.equals(stamps) && previous.problems.equals(problems)) {
			return previous;
		}
		List<Loaded> loaded = new ArrayList<>();
		for (int i = 0; i < sources.size(); i++) {
			Loaded same = previous == null ? null : unchanged(previous, stamps.get(i));
			loaded.add(same != null ? same : DataCouloirLoader.load(sources.get(i), stamps.get(i), knownCodeList));
		}
		return new State(List.copyOf(loaded), List.copyOf(problems), stamps);
	}

	private static Loaded unchanged(State previous, String stamp) {
		int index = previous.stamps.indexOf(stamp);
		return index < 0 ? null : previous.loaded.get(index);
	}
}
