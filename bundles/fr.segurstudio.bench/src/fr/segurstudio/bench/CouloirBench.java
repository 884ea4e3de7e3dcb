package fr.segurstudio.bench;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

import org.eclipse.core.runtime.RegistryFactory;

import fr.segurstudio.json.AspJsonWriter;
import fr.segurstudio.json.internal.AspImporterImpl;
import fr.segurstudio.model.core.Dossier;
import fr.segurstudio.model.couloir.Couloir;
import fr.segurstudio.model.couloir.CouloirFolders;
import fr.segurstudio.model.couloir.CouloirRegistry;
import fr.segurstudio.model.couloir.internal.ExtensionCouloirRegistry;
import fr.segurstudio.validation.DossierValidator;
import fr.segurstudio.validation.ValidationContext;
import fr.segurstudio.validation.internal.DossierValidatorImpl;
import fr.segurstudio.validation.json.FileValidator;
import fr.segurstudio.validation.json.Mode;

/**
 * A couloir dropped as data against the same couloir compiled: BIO-SGL written as a couloir folder (its .ecore and
 * couloir.xml, under the id BIO-DYN so that the compiled one does not shadow it) and loaded as dynamic EMF, then the
 * same requests validated through both, the runs interleaved so that a load from other processes weighs on each alike.
 * The goal: 10,000 requests of the dropped couloir validated within 1.5 times the compiled one's time.
 */
final class CouloirBench {

	private static final int ROUNDS = 11;

	private CouloirBench() {
	}

	static void run(Couloir bio, PrintStream out) throws Exception {
		Path folder = Files.createTempDirectory("segur-bench-couloirs");
		try {
			long start = System.nanoTime();
			Path written = CouloirFolders.write(bio, folder);
			Path declaration = written.resolve("couloir.xml");
			Files.writeString(declaration, Files.readString(declaration).replace("logiciel=\"SGL\"", "logiciel=\"DYN\""));
			CouloirRegistry registry = new ExtensionCouloirRegistry(RegistryFactory.getRegistry(), () -> List.of(folder));
			Couloir data = registry.couloir("BIO-DYN").orElseThrow(() -> new IllegalStateException(registry.problems().toString()));
			double load = (System.nanoTime() - start) / 1e6;
			DossierValidator validator = new DossierValidatorImpl(registry);
			FileValidator files = new FileValidator(validator, registry);
			AspImporterImpl importer = new AspImporterImpl(registry);

			out.println();
			out.println("Couloir déposé en données (BIO-SGL écrit en dossier de couloir, EMF dynamique) contre le même compilé");
			out.printf("lecture et vérification du dossier du couloir (couloir.xml, .ecore)   %8.1f ms%n", load);
			out.println("opération                                         compilé   en données   rapport");
			for (int n : new int[] { 200, 10_000 }) {
				Dossier compiled = Requests.dossier(bio, n);
				Dossier dynamic = Requests.dossier(data, n);
				check(validator.validate(compiled, ValidationContext.ALONE).size(), validator.validate(dynamic, ValidationContext.ALONE).size());
				double[] times = interleaved(n == 200 ? 100 : 5, () -> validator.validate(compiled, ValidationContext.ALONE),
						() -> validator.validate(dynamic, ValidationContext.ALONE));
				print(out, "contrôle de " + (n == 200 ? "200" : "10 000") + " demandes", times);
			}
			byte[] compiledFile = new AspJsonWriter().toBytes(Requests.dossier(bio, 200), AspJsonWriter.DEPOSIT);
			byte[] dynamicFile = new AspJsonWriter().toBytes(Requests.dossier(data, 200), AspJsonWriter.DEPOSIT);
			double[] times = interleaved(50, () -> files.validate(importer.read(compiledFile, "bench.json", null), Mode.ALL, ValidationContext.ALONE),
					() -> files.validate(importer.read(dynamicFile, "bench.json", null), Mode.ALL, ValidationContext.ALONE));
			print(out, "fichier de 200 demandes (lecture + 2 contrôles)", times);
		} finally {
			try (Stream<Path> paths = Files.walk(folder)) {
				paths.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
			}
		}
	}

	/** The same work through both couloirs: the medians of {@link #ROUNDS} rounds, compiled then data, after warm-up. */
	private static double[] interleaved(int perRound, Timer.Task compiled, Timer.Task data) throws Exception {
		double[] a = new double[ROUNDS];
		double[] b = new double[ROUNDS];
		for (int round = -2; round < ROUNDS; round++) { // two rounds of warm-up
			double x = Timer.medianMillis(0, perRound, compiled);
			double y = Timer.medianMillis(0, perRound, data);
			if (round >= 0) {
				a[round] = x;
				b[round] = y;
			}
		}
		Arrays.sort(a);
		Arrays.sort(b);
		return new double[] { a[ROUNDS / 2], b[ROUNDS / 2] };
	}

	private static void print(PrintStream out, String operation, double[] times) {
		out.printf("%-46s %8.2f ms  %8.2f ms     ×%.2f%n", operation, times[0], times[1], times[1] / times[0]);
	}

	/** Both couloirs say the same of the same requests: the figures compare the same work. */
	private static void check(int compiled, int data) {
		if (compiled != data) {
			throw new IllegalStateException("the two couloirs give " + compiled + " and " + data + " issues");
		}
	}
}
