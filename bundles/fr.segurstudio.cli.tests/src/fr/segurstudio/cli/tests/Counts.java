package fr.segurstudio.cli.tests;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;

/** How many generated inputs a reliability test tried, per class: printed, and written to target/FILE. */
public final class Counts {

	private final String title;
	private final String file;
	private final Map<String, Integer> counts = new TreeMap<>();

	public Counts(String title, String file) {
		this.title = title;
		this.file = file;
	}

	public synchronized void count(String kind) {
		counts.merge(kind, 1, Integer::sum);
	}

	public synchronized void record() throws IOException {
		StringBuilder text = new StringBuilder(title).append(" :\n");
		counts.forEach((kind, n) -> text.append("  ").append(kind).append(" : ").append(n).append('\n'));
		System.out.print(text);
		if (Files.isDirectory(Path.of("target"))) {
			Files.writeString(Path.of("target", file), text, StandardCharsets.UTF_8);
		}
	}
}
