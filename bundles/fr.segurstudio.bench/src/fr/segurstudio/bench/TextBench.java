package fr.segurstudio.bench;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.util.CancelIndicator;
import org.eclipse.xtext.validation.CheckMode;
import org.eclipse.xtext.validation.IResourceValidator;

import fr.segurstudio.dsl.DossierTexts;
import fr.segurstudio.dsl.ide.contentassist.SegurCompletion;
import fr.segurstudio.json.ImportResult;
import fr.segurstudio.model.core.Dossier;
import fr.segurstudio.model.couloir.Couloir;
import fr.segurstudio.validation.DossierValidator;
import fr.segurstudio.validation.ValidationContext;

/**
 * The .segur text of a 200-request dossier: parse + validate as the editor does (goal 200 ms warm), as the
 * command line does, formatting, writing; completion latency at typical places (goal 50 ms warm).
 */
final class TextBench {

	private TextBench() {
	}

	static void run(Couloir bio, DossierTexts texts, DossierValidator validator, PrintStream out) throws Exception {
		Dossier dossier = Requests.dossier(bio, 200);
		String text = texts.write(dossier);
		Path file = Files.createTempFile("bench", ".segur");
		Files.writeString(file, text, StandardCharsets.UTF_8);
		IResourceValidator resourceValidator = texts.injector().getInstance(IResourceValidator.class);
		SegurCompletion completion = texts.injector().getInstance(SegurCompletion.class);
		XtextResource parsed = texts.parse(text, "bench.segur").resource();
		int issues = resourceValidator.validate(parsed, CheckMode.ALL, CancelIndicator.NullImpl).size();

		out.println();
		out.printf("Texte .segur — 200 demandes BIO-SGL, %d lignes, %d Ko, %d remarques%n", text.lines().count(), text.length() / 1024, issues);
		out.printf("%-62s %11s%n", "opération", "durée");
		row(out, "analyse (texte → modèle)", Timer.medianMillis(20, 31, () -> texts.parse(text, "bench.segur")));
		row(out, "analyse + contrôles (éditeur, objectif 200 ms)", Timer.medianMillis(20, 31, () -> resourceValidator
				.validate(texts.parse(text, "bench.segur").resource(), CheckMode.ALL, CancelIndicator.NullImpl)));
		// the text editor's check after a keystroke: one letter of a name in request 150 changed, parsed in place
		int letter = text.indexOf("nomClient \"", text.length() * 3 / 4) + "nomClient \"".length() + 1;
		String[] variants = { text.substring(0, letter) + "u" + text.substring(letter + 1), text.substring(0, letter) + "U" + text.substring(letter + 1) };
		DossierTexts.Parsed[] editing = { texts.parse(variants[1], "bench.segur") };
		int[] turn = { 0 };
		row(out, "analyse après une frappe (sur place, éditeur)", Timer.medianMillis(20, 31, () -> {
			editing[0] = texts.reparse(editing[0], variants[turn[0]++ % 2], "bench.segur");
		}));
		row(out, "  lecture du texte analysé (modèle, problèmes placés)", Timer.medianMillis(20, 31, () -> texts.read(editing[0], "bench.segur")));
		ImportResult editedRead = texts.read(editing[0], "bench.segur");
		row(out, "  règles du validateur sur ce modèle", Timer.medianMillis(20, 31, () -> validator.validate(editedRead.dossier(), ValidationContext.ALONE)));
		row(out, "lecture + contrôles (ligne de commande)", Timer.medianMillis(20, 31, () -> {
			ImportResult read = texts.read(file);
			validator.validate(read.dossier(), ValidationContext.ALONE);
		}));
		row(out, "écriture (modèle → texte)", Timer.medianMillis(20, 31, () -> texts.write(dossier)));
		row(out, "mise en forme", Timer.medianMillis(20, 31, () -> texts.format(text, "bench.segur")));

		out.println("complétion (objectif 50 ms)");
		int last = text.lastIndexOf("demande \"");
		completion(out, completion, parsed, "  en-tête du dossier", text.indexOf("  numeroAns"));
		completion(out, completion, parsed, "  regimeTVA, dernière demande", text.indexOf("regimeTVA ", last) + "regimeTVA ".length());
		completion(out, completion, parsed, "  355 opérateurs, dernière demande",
				text.indexOf("operateurMessagerie ", last) + "operateurMessagerie ".length());
		completion(out, completion, parsed, "  champs de beneficiaires, dernière demande", text.indexOf("beneficiaires {", last) + "beneficiaires {".length());
		String withNew = text.substring(0, text.lastIndexOf('}')) + "  demande \n}\n";
		XtextResource unfinished = texts.parse(withNew, "bench.segur").resource();
		completion(out, completion, unfinished, "  numéro après « demande », en fin", withNew.lastIndexOf("demande ") + "demande ".length());
		Files.deleteIfExists(file);
	}

	private static void completion(PrintStream out, SegurCompletion completion, XtextResource resource, String label, int offset) throws Exception {
		int proposals = completion.complete(resource, offset).size();
		row(out, label + " (" + proposals + " propositions)", Timer.medianMillis(30, 51, () -> completion.complete(resource, offset)));
	}

	private static void row(PrintStream out, String label, double millis) {
		out.printf("%-62s %8.2f ms%n", label, millis);
	}
}
