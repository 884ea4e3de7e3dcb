package fr.segurstudio.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.osgi.framework.Bundle;
import org.osgi.framework.FrameworkUtil;

import fr.segurstudio.cli.tests.Counts;
import fr.segurstudio.testing.Golden;

/**
 * Issue 22, a result never cut short in silence: stdout on a full disk (a stream that fails after N bytes,
 * for N over the whole output, and /dev/full), on a pipe whose reader closed, and stderr on a full disk —
 * each run is exit 2, and when stderr still works it says why on one French line; a working directory
 * deleted under the shell is exit 2 with its message. The call is made as a one-shot run makes it
 * (SegurApplication.run with the application's streams). Counts in target/fiabilite-sorties.txt.
 */
class OutputFailuresTest {

	private static final Counts COUNTS = new Counts("Sorties pleines ou fermées", "fiabilite-sorties.txt");

	@TempDir
	Path dir;

	@AfterAll
	static void record() throws IOException {
		COUNTS.record();
	}

	/** A disk with {@code left} bytes left, then ENOSPC. */
	private static OutputStream full(long left, OutputStream kept) {
		return new OutputStream() {
			private long room = left;

			@Override
			public void write(int b) throws IOException {
				write(new byte[] { (byte) b }, 0, 1);
			}

			@Override
			public void write(byte[] b, int off, int len) throws IOException {
				if (len > room) {
					kept.write(b, off, (int) room);
					room = 0;
					throw new IOException("No space left on device");
				}
				kept.write(b, off, len);
				room -= len;
			}
		};
	}

	private record Run(int code, String err) {
	}

	/** A call as SegurApplication.start makes it, with these streams under its own. */
	private static Run run(OutputStream stdout, OutputStream stderr, Path workingDirectory, String... args) {
		Bundle bundle = FrameworkUtil.getBundle(SegurApplication.class);
		WriteFailures.Recording out = new WriteFailures.Recording(stdout);
		WriteFailures.Recording err = new WriteFailures.Recording(stderr);
		PrintStream outStream = SegurApplication.buffered(out);
		PrintStream errStream = SegurApplication.buffered(err);
		int code = SegurApplication.run(bundle, args, outStream, errStream, workingDirectory);
		code = WriteFailures.exitCode(code, out, err, errStream);
		return new Run(code, stderr instanceof ByteArrayOutputStream bytes ? bytes.toString(StandardCharsets.UTF_8) : "");
	}

	private List<String[]> calls() throws IOException {
		Files.writeString(dir.resolve("bio.segur"), Golden.BIO_SGL.segurText().replace("demande \"00001\" {", "demande \"00001\" {\n    statut ACCEPTEE\n    numeroASP \"ASP-1\""));
		Files.write(dir.resolve("bio.json"), Golden.BIO_SGL.bytes());
		return List.of(new String[] { "etat", "--format", "csv", "bio.segur" }, new String[] { "etat", "bio.segur" },
				new String[] { "etat", "--format", "json", "bio.segur" }, new String[] { "validate", "bio.json", "bio.segur", "absent.json" },
				new String[] { "import", "bio.json" }, new String[] { "--help" }, new String[] { "help", "export" });
	}

	private static final String SAID = "segur : écriture impossible sur la sortie standard : No space left on device ; le résultat est incomplet\n";

	@Test
	void aFullStdoutIsExit2AndSaidAtAnyByte() throws IOException {
		Random random = new Random(22);
		for (String[] call : calls()) {
			ByteArrayOutputStream whole = new ByteArrayOutputStream();
			Run complete = run(whole, new ByteArrayOutputStream(), dir, call);
			int size = whole.size();
			assertTrue(size > 0, String.join(" ", call));
			List<Long> budgets = new ArrayList<>(List.of(0L, 1L, (long) size - 1));
			for (int i = 0; i < 6; i++) {
				budgets.add((long) random.nextInt(size));
			}
			for (long budget : budgets) {
				ByteArrayOutputStream kept = new ByteArrayOutputStream();
				ByteArrayOutputStream err = new ByteArrayOutputStream();
				Run cut = run(full(budget, kept), err, dir, call);
				COUNTS.count("sortie standard pleine après N octets (" + call[0] + ")");
				assertEquals(2, cut.code(), String.join(" ", call) + " budget " + budget);
				assertTrue(cut.err().endsWith(SAID), cut.err());
				assertEquals(1, cut.err().lines().filter(l -> l.contains("écriture impossible")).count(), cut.err());
				assertFalse(cut.err().contains("erreur interne"), cut.err());
			}
			Run room = run(full(size, new ByteArrayOutputStream()), new ByteArrayOutputStream(), dir, call);
			assertEquals(complete.code(), room.code(), "exactly enough room: the call's own code");
			COUNTS.count("sortie standard juste assez grande (" + call[0] + ")");
		}
	}

	@Test
	void devFullAndAClosedPipeAreExit2() throws Exception {
		List<String[]> calls = calls();
		if (Files.exists(Path.of("/dev/full"))) {
			for (String[] call : calls) {
				try (FileOutputStream devFull = new FileOutputStream("/dev/full")) {
					ByteArrayOutputStream err = new ByteArrayOutputStream();
					Run run = run(devFull, err, dir, call);
					COUNTS.count("sortie standard sur /dev/full");
					assertEquals(2, run.code());
					assertTrue(run.err().endsWith(SAID), run.err());
				}
				try (FileOutputStream devFull = new FileOutputStream("/dev/full")) {
					Run run = run(new ByteArrayOutputStream(), devFull, dir, call);
					COUNTS.count("erreurs sur /dev/full");
					if (call[0].equals("validate")) { // a file missing is said on stderr: lost, so exit 2 says it
						assertEquals(2, run.code());
					}
				}
			}
		}
		Path fifo = dir.resolve("tube");
		if (new ProcessBuilder("mkfifo", fifo.toString()).start().waitFor() != 0) {
			return;
		}
		for (String[] call : calls) {
			Process reader = new ProcessBuilder("sh", "-c", "exec 3<\"$0\"; exec 3<&-", fifo.toString()).start();
			try (FileOutputStream pipe = new FileOutputStream(fifo.toFile())) {
				assertTrue(reader.waitFor(10, TimeUnit.SECONDS));
				ByteArrayOutputStream err = new ByteArrayOutputStream();
				Run run = run(pipe, err, dir, call);
				COUNTS.count("sortie standard sur un tube refermé");
				assertEquals(2, run.code(), String.join(" ", call));
				assertTrue(run.err().endsWith("segur : écriture impossible sur la sortie standard : Broken pipe ; le résultat est incomplet\n"), run.err());
			}
		}
	}

	@Test
	void aDeletedWorkingDirectoryIsSaidAndExit2() throws IOException {
		for (String[] call : calls()) {
			Path gone = Files.createTempDirectory(dir, "parti");
			Files.delete(gone);
			ByteArrayOutputStream out = new ByteArrayOutputStream();
			ByteArrayOutputStream err = new ByteArrayOutputStream();
			Run run = run(out, err, gone, call);
			COUNTS.count("dossier courant supprimé");
			assertEquals(2, run.code());
			assertEquals("segur : le dossier courant n'existe plus (supprimé ou déplacé) ; placez-vous dans un dossier existant (cd) et relancez\n",
					run.err());
			assertEquals(0, out.size());
		}
	}
}
