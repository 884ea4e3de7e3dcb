package fr.segurstudio.bench;

import java.io.PrintStream;
import java.util.List;

import fr.segurstudio.json.AspImporter;
import fr.segurstudio.json.AspJsonWriter;
import fr.segurstudio.model.core.Dossier;
import fr.segurstudio.model.couloir.Couloir;
import fr.segurstudio.model.couloir.CouloirRegistry;
import fr.segurstudio.model.issue.Issue;
import fr.segurstudio.validation.DossierValidator;
import fr.segurstudio.validation.ValidationContext;
import fr.segurstudio.validation.json.FileValidator;
import fr.segurstudio.validation.json.Mode;

/** Validation of 200 and 10,000 requests: on the model (forms, text) and on a JSON file (import included). */
final class ValidationBench {

	private ValidationBench() {
	}

	static void run(Couloir bio, CouloirRegistry registry, DossierValidator validator, AspImporter importer, PrintStream out) throws Exception {
		Dossier big = Requests.dossier(bio, 10_000);
		Dossier two = Requests.dossier(bio, 200);
		List<Issue> issues = validator.validate(big, ValidationContext.ALONE);
		long errors = issues.stream().filter(Issue::isError).count();
		byte[] file200 = new AspJsonWriter().toBytes(two, AspJsonWriter.DEPOSIT);
		FileValidator files = new FileValidator(validator, registry);

		out.println();
		out.println("Contrôles — " + issues.size() + " remarques sur 10 000 demandes, dont " + errors + " erreurs (clés de contrôle factices)");
		out.println("opération                          durée");
		out.printf("%-30s %8.2f ms%n", "contrôle de 200 demandes", Timer.medianMillis(300, 300, () -> validator.validate(two, ValidationContext.ALONE)));
		out.printf("%-30s %8.2f ms%n", "contrôle de 10 000 demandes", Timer.medianMillis(5, 11, () -> validator.validate(big, ValidationContext.ALONE)));
		out.printf("%-30s %8.2f ms%n", "fichier de 200 demandes (lecture + 2 contrôles)", Timer.medianMillis(200, 200,
				() -> files.validate(importer.read(file200, "bench.json", null), Mode.ALL, ValidationContext.ALONE)));
	}
}
