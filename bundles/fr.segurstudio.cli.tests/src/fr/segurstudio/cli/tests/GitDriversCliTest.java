package fr.segurstudio.cli.tests;

import static fr.segurstudio.cli.tests.CliRun.segurIn;
import static fr.segurstudio.cli.tests.Fixtures.block;
import static fr.segurstudio.cli.tests.Fixtures.dossier;
import static fr.segurstudio.cli.tests.Fixtures.request;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * segur diff, merge and git-config in real git repositories: git itself calls the drivers that
 * {@code segur git-config} installed (through {@link GitRepository}'s script), on two branches.
 */
class GitDriversCliTest {

	private static final String FILE = "labo.segur";
	private static final String COMMENT = "  // à garder : le bon de commande signé le 14/03\n";

	@TempDir
	Path tmp;

	/** A request of the seed's example under this number, with this mandatary's name and amount. */
	private static String demande(String numero, String mandataire, String montant) {
		return request(numero).replace("nomMandataire \"DURAND\"", "nomMandataire \"" + mandataire + "\"")
				.replace("montantSegurHT 27450.00", "montantSegurHT " + montant);
	}

	private static String mandataire(String name) {
		return "nomMandataire \"" + name + "\"";
	}

	/** The base dossier: two requests, a comment before the first, one number retired. */
	private static String base() {
		return dossier(Fixtures.SIRET, List.of("numerosEditeurUtilises [\"00003\"]"), COMMENT + demande("00001", "DURAND", "27450.00"),
				demande("00002", "MARTIN", "1000.00"));
	}

	private GitRepository repository() throws IOException, InterruptedException {
		GitRepository git = new GitRepository(tmp);
		CliRun config = segurIn(git.dir, "git-config", "--commande", git.script.toString());
		assertEquals(0, config.exitCode, config.stderr());
		git.git("add", "-A");
		git.commit(FILE, base(), "base");
		return git;
	}

	/** Two branches from the base: {@code ours} (main) and {@code theirs}, each with its version of the file committed. */
	private GitRepository branches(String ours, String theirs) throws IOException, InterruptedException {
		GitRepository git = repository();
		git.git("checkout", "-q", "-b", "theirs");
		git.commit(FILE, theirs, "theirs");
		git.git("checkout", "-q", "main");
		git.commit(FILE, ours, "ours");
		return git;
	}

	@Test
	void gitConfigInstallsTheDriversOnceAndSaysSo() throws IOException, InterruptedException {
		GitRepository git = new GitRepository(tmp);
		git.write(".gitattributes", "*.pdf binary");
		CliRun first = segurIn(git.dir, "git-config", "--commande", git.script.toString());
		assertEquals(0, first.exitCode, first.stderr());
		String script = git.script.toString();
		assertEquals(script + " merge %O %A %B %L %P\n", git.git("config", "--get", "merge.segur.driver").stdout());
		assertEquals(script + " diff\n", git.git("config", "--get", "diff.segur.command").stdout());
		assertFalse(git.git("config", "--get", "merge.segur.name").stdout().isBlank());
		assertEquals("^[[:space:]]*(demande[[:space:]]+\"[^\"]*\")\n", git.git("config", "--get", "diff.segur.xfuncname").stdout());
		assertEquals("*.pdf binary\n*.segur merge=segur diff=segur\n", git.read(".gitattributes"));
		assertTrue(first.stdout().contains("git config merge.segur.driver " + script + " merge %O %A %B %L %P"), first.stdout());
		assertTrue(first.stdout().contains(".gitattributes : ajouté « *.segur merge=segur diff=segur »"), first.stdout());
		assertEquals("merge=segur diff=segur", attributes(git, "x.segur"));

		CliRun again = segurIn(git.dir, "git-config", "--commande", git.script.toString());
		assertEquals(0, again.exitCode, again.stderr());
		assertEquals("*.pdf binary\n*.segur merge=segur diff=segur\n", git.read(".gitattributes"), "not added twice");
		assertTrue(again.stdout().contains(".gitattributes : contient déjà"), again.stdout());
		assertEquals(1, git.git("config", "--get-all", "merge.segur.driver").stdout().lines().count());
	}

	private static String attributes(GitRepository git, String file) throws IOException, InterruptedException {
		String out = git.git("check-attr", "merge", "diff", "--", file).stdout();
		return out.lines().map(line -> line.substring(line.lastIndexOf(' ') + 1).strip()).reduce((a, b) -> "merge=" + a + " diff=" + b).orElse("");
	}

	@Test
	void gitConfigOutsideARepositoryIsAnIoProblem() throws IOException {
		Path plain = Files.createDirectories(tmp.resolve("pas-un-depot"));
		CliRun run = segurIn(plain, "git-config");
		assertEquals(2, run.exitCode);
		assertTrue(run.stderr().startsWith("git config : "), run.stderr());
		assertFalse(Files.exists(plain.resolve(".gitattributes")));
	}

	@Test
	void twoBranchesAddingOneNumberGetTwoNumbersNeverUsed() throws IOException, InterruptedException {
		String ours = dossier(Fixtures.SIRET, List.of("numerosEditeurUtilises [\"00003\"]"), COMMENT + demande("00001", "DURAND", "27450.00"),
				demande("00002", "MARTIN", "1000.00"), demande("00004", "NOUS", "10.00"));
		String theirs = dossier(Fixtures.SIRET, List.of("numerosEditeurUtilises [\"00003\", \"00005\"]"), COMMENT + demande("00001", "DURAND", "27450.00"),
				demande("00002", "MARTIN", "1000.00"), demande("00004", "EUX", "20.00"));
		GitRepository git = branches(ours, theirs);
		GitRepository.Result merge = git.run("merge", "--no-edit", "theirs");
		assertEquals(0, merge.exitCode(), merge.stdout() + merge.stderr());
		String merged = git.read(FILE);
		assertTrue(block(merged, "00004").contains("nomMandataire \"NOUS\""), merged);
		String renumbered = block(merged, "00006"); // 00005 was handed out on their branch, 00003 on both
		assertTrue(renumbered.contains("nomMandataire \"EUX\""), merged);
		assertTrue(renumbered.contains("nomFichier \"BIO-SGL-Va1-BDC-00006.pdf\""), renumbered);
		assertFalse(renumbered.contains("00004"), renumbered);
		assertTrue(merged.startsWith("dossier BIO-SGL {\n  numeroAns \"ANS0000001\"\n  SIRET \"12345678200010\"\n"), merged);
		assertTrue(merged.contains(COMMENT + "  demande \"00001\""), "the comment kept: " + merged);
		assertTrue(merged.contains("\"00005\""), "the numbers handed out are the union of both sides': " + merged);
		String said = git.driverRuns.get(git.driverRuns.size() - 1).stderr();
		assertTrue(said.contains("la demande 00004 de l'autre branche devient 00006, son numéro étant déjà utilisé de ce côté (pièces renommées)"), said);

		assertEquals(1, merged.split("demande \"00004\"", -1).length - 1, "one request per number: " + merged);
	}

	@Test
	void differentFieldsOfOneRequestMergeWithoutConflict() throws IOException, InterruptedException {
		String ours = base().replace(mandataire("DURAND"), mandataire("DUPONT"));
		String theirs = base().replace("montantSegurHT 27450.00", "montantSegurHT 30000.00").replace(mandataire("MARTIN"), mandataire("BERNARD"));
		GitRepository git = branches(ours, theirs);
		GitRepository.Result merge = git.run("merge", "--no-edit", "theirs");
		assertEquals(0, merge.exitCode(), merge.stdout() + merge.stderr());
		String expected = base().replace(mandataire("DURAND"), mandataire("DUPONT")).replace("montantSegurHT 27450.00",
				"montantSegurHT 30000.00").replace(mandataire("MARTIN"), mandataire("BERNARD"));
		assertEquals(expected, git.read(FILE), "each side's field, everything else as it was (comment and layout)");
	}

	@Test
	void oneFieldChangedTwoWaysIsAConflictThatKeepsBothValues() throws IOException, InterruptedException {
		String ours = base().replace(mandataire("DURAND"), mandataire("DUPONT"));
		String theirs = base().replace(mandataire("DURAND"), mandataire("DUVAL")).replace(mandataire("MARTIN"), mandataire("BERNARD"));
		GitRepository git = branches(ours, theirs);
		GitRepository.Result merge = git.run("merge", "--no-edit", "theirs");
		assertNotEquals(0, merge.exitCode());
		assertTrue(merge.stdout().contains("CONFLICT"), merge.stdout());
		CliRun driver = git.driverRuns.get(git.driverRuns.size() - 1);
		assertEquals(1, driver.exitCode);
		assertTrue(driver.stderr().contains("conflit dans la demande 00001 : "), driver.stderr());
		assertTrue(driver.stderr().contains("conflit dans la demande 00001 : Nom du mandataire (beneficiaires.nomMandataire)\n"), driver.stderr());
		String merged = git.read(FILE);
		int start = merged.indexOf("<<<<<<< ours\n");
		int middle = merged.indexOf("=======\n");
		int end = merged.indexOf(">>>>>>> theirs\n");
		assertTrue(start >= 0 && start < middle && middle < end, merged);
		String ourSide = merged.substring(start, middle);
		String theirSide = merged.substring(middle, end);
		assertTrue(ourSide.contains("demande \"00001\"") && ourSide.contains("\"DUPONT\""), ourSide);
		assertTrue(theirSide.contains("demande \"00001\"") && theirSide.contains("\"DUVAL\""), theirSide);
		assertFalse(merged.substring(end).contains("<<<<<<<"), "one conflict: " + merged);
		assertTrue(block(merged, "00002").contains("\"BERNARD\""), "the other request merged: " + merged);
		assertTrue(merged.contains(COMMENT), merged);
		// deleting the markers and their side leaves our version with their other change
		String resolved = merged.substring(0, start) + ourSide.substring("<<<<<<< ours\n".length()) + merged.substring(end + ">>>>>>> theirs\n".length());
		Files.writeString(tmp.resolve("resolu.segur"), resolved, StandardCharsets.UTF_8);
		Files.writeString(tmp.resolve("attendu.segur"), ours.replace(mandataire("MARTIN"), mandataire("BERNARD")), StandardCharsets.UTF_8);
		CliRun same = segurIn(tmp, "diff", "attendu.segur", "resolu.segur");
		assertEquals(0, same.exitCode, same.stdout() + same.stderr());
	}

	@Test
	void aRequestDeletedOnOneSideAndChangedOnTheOtherIsAConflict() throws IOException, InterruptedException {
		String ours = dossier(Fixtures.SIRET, List.of("numerosEditeurUtilises [\"00003\"]"), COMMENT + demande("00001", "DURAND", "27450.00"));
		String theirs = base().replace(mandataire("MARTIN"), mandataire("BERNARD"));
		GitRepository git = branches(ours, theirs);
		GitRepository.Result merge = git.run("merge", "--no-edit", "theirs");
		assertNotEquals(0, merge.exitCode());
		String merged = git.read(FILE);
		assertTrue(merged.contains("<<<<<<< ours\n=======\n  demande \"00002\""), merged);
		assertTrue(merged.substring(merged.indexOf("=======")).contains("\"BERNARD\""), merged);
		assertTrue(git.driverRuns.get(git.driverRuns.size() - 1).stderr().contains("supprimée d'un côté, modifiée de l'autre"));
	}

	@Test
	void mergingTwiceGivesTheSameResult() throws IOException {
		String base = base();
		String ours = dossier(Fixtures.SIRET, List.of("numerosEditeurUtilises [\"00003\"]"), COMMENT + demande("00001", "DUPONT", "27450.00"),
				demande("00002", "MARTIN", "1000.00"), demande("00004", "NOUS", "10.00"));
		String theirs = dossier(Fixtures.SIRET, List.of("numerosEditeurUtilises [\"00003\"]"), COMMENT + demande("00001", "DURAND", "30000.00"),
				demande("00004", "EUX", "20.00"));
		CliRun first = DossierMergeCliTest.mergeFiles(tmp, base, ours, theirs, "7");
		assertEquals(0, first.exitCode, first.stderr());
		String once = Files.readString(tmp.resolve("ours"), StandardCharsets.UTF_8);
		assertEquals("", block(once, "00002"), "deleted by them, untouched by us: " + once);
		assertTrue(block(once, "00001").contains("\"DUPONT\"") && block(once, "00001").contains("30000.00"), once);
		assertTrue(block(once, "00005").contains("\"EUX\""), once);

		CliRun second = segurIn(tmp, "merge", "base", "ours", "theirs", "7", FILE);
		assertEquals(0, second.exitCode, second.stderr());
		assertEquals(once, Files.readString(tmp.resolve("ours"), StandardCharsets.UTF_8), "merging again changes nothing");
		assertFalse(second.stderr().contains("devient"), second.stderr());
	}

	@Test
	void anUnreadableVersionLeavesOursUntouched() throws IOException {
		String ours = base().replace(mandataire("DURAND"), mandataire("DUPONT"));
		CliRun run = DossierMergeCliTest.mergeFiles(tmp, base(), ours, base().replace("montantSegurHT 27450.00", "montantSegurHT = 30000"), "7");
		assertEquals(1, run.exitCode);
		assertTrue(run.stderr().startsWith(FILE + " : fusion impossible, notre version est laissée telle quelle : "), run.stderr());
		assertEquals(ours, Files.readString(tmp.resolve("ours"), StandardCharsets.UTF_8));

		Files.write(tmp.resolve("theirs"), new byte[] { 'd', (byte) 0xff, '\n' });
		CliRun notUtf8 = segurIn(tmp, "merge", "base", "ours", "theirs", "7", FILE);
		assertEquals(1, notUtf8.exitCode);
		assertEquals(ours, Files.readString(tmp.resolve("ours"), StandardCharsets.UTF_8));

		CliRun usage = segurIn(tmp, "merge", "base", "ours");
		assertEquals(2, usage.exitCode);
	}

	@Test
	void theDiffDriverShowsEachRequestThroughGit() throws IOException, InterruptedException {
		GitRepository git = repository();
		git.write(FILE, dossier(Fixtures.SIRET, List.of("numerosEditeurUtilises [\"00003\"]"), COMMENT + demande("00001", "DUPONT", "27450.00"),
				demande("00004", "NOUVEAU", "5.00")));
		GitRepository.Result diff = git.run("diff");
		assertEquals(0, diff.exitCode(), diff.stderr());
		List<String> lines = diff.stdout().lines().toList();
		assertEquals("segur diff " + FILE, lines.get(0), diff.stdout());
		assertTrue(lines.contains("~ demande 00001"), diff.stdout());
		assertTrue(lines.contains("    ~ Nom du mandataire (beneficiaires.nomMandataire) : « DURAND » → « DUPONT »"), diff.stdout());
		assertTrue(lines.contains("- demande 00002"), diff.stdout());
		assertTrue(lines.contains("+ demande 00004"), diff.stdout());
		assertEquals("1 demande ajoutée, 1 modifiée, 1 supprimée", lines.get(lines.size() - 1), diff.stdout());

		git.write("autre.segur", dossier(demande("00007", "AUTRE", "1.00")));
		git.git("add", "autre.segur");
		GitRepository.Result added = git.run("diff", "--cached");
		assertEquals(0, added.exitCode(), added.stderr());
		assertTrue(added.stdout().startsWith("segur diff autre.segur\n+ demande 00007\n    + "), added.stdout());
		assertTrue(added.stdout().endsWith("\n1 demande ajoutée, 0 modifiée, 0 supprimée\n"), added.stdout());

		// a file git cannot diff as a dossier: said, and git goes on (exit 0)
		git.write(FILE, "dossier BIO-SGL {\n  demande \"00001\" {\n");
		GitRepository.Result broken = git.run("diff");
		assertEquals(0, broken.exitCode(), broken.stderr());
		assertTrue(broken.stdout().startsWith("segur diff " + FILE + "\n! comparé sans ce que le texte ne permet pas de lire : " + FILE + ":"),
				broken.stdout());
	}

	@Test
	void aLineDiffNamesTheRequestOfEachHunk() throws IOException, InterruptedException {
		GitRepository git = repository();
		git.write(FILE, base().replace("isPFIToMSSCitoyen false\n    }\n  }\n}", "isPFIToMSSCitoyen true\n    }\n  }\n}"));
		GitRepository.Result diff = git.run("diff", "--no-ext-diff");
		assertEquals(0, diff.exitCode());
		assertTrue(Pattern.compile("(?m)^@@ [^@]+ @@ demande \"00002\"$").matcher(diff.stdout()).find(), diff.stdout());
	}

	@Test
	void diffExitsLikeDiff() throws IOException {
		Files.writeString(tmp.resolve("a.segur"), base(), StandardCharsets.UTF_8);
		Files.writeString(tmp.resolve("b.segur"), base().replace("SIRET \"12345678200010\"", "SIRET \"12345678200028\""), StandardCharsets.UTF_8);
		CliRun same = segurIn(tmp, "diff", "a.segur", "a.segur");
		assertEquals(0, same.exitCode, same.stderr());
		assertEquals("0 demande ajoutée, 0 modifiée, 0 supprimée\n", same.stdout());
		CliRun header = segurIn(tmp, "diff", "a.segur", "b.segur");
		assertEquals(1, header.exitCode, header.stderr());
		assertTrue(header.stdout().startsWith("~ en-tête du dossier\n    ~ "), header.stdout());
		assertTrue(header.stdout().contains("(SIRET) : « 12345678200010 » → « 12345678200028 »"), header.stdout());
		assertTrue(header.stdout().endsWith("0 demande ajoutée, 0 modifiée, 0 supprimée ; en-tête modifié\n"), header.stdout());
		CliRun missing = segurIn(tmp, "diff", "a.segur", "absent.segur");
		assertEquals(2, missing.exitCode);
		assertEquals("absent.segur : fichier introuvable\n", missing.stderr());
		Files.write(tmp.resolve("c.segur"), new byte[] { (byte) 0xfe, 'x' });
		CliRun unreadable = segurIn(tmp, "diff", "a.segur", "c.segur");
		assertEquals(2, unreadable.exitCode);
		assertTrue(unreadable.stderr().startsWith("c.segur:1:1: "), unreadable.stderr());
		assertEquals(2, segurIn(tmp, "diff", "a.segur").exitCode);
	}
}
