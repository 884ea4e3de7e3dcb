package fr.segurstudio.json.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

import org.eclipse.emf.ecore.util.EcoreUtil;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import fr.segurstudio.json.AspImporter;
import fr.segurstudio.json.ImportResult;
import fr.segurstudio.json.IssueCodes;
import fr.segurstudio.json.deposit.Deposit;
import fr.segurstudio.json.deposit.DepositResult;
import fr.segurstudio.json.deposit.Manifest;
import fr.segurstudio.model.core.Demande;
import fr.segurstudio.model.core.Dossier;
import fr.segurstudio.model.core.FormatFichier;
import fr.segurstudio.model.core.PieceJustificative;
import fr.segurstudio.model.core.StatutDemande;
import fr.segurstudio.model.couloir.CouloirRegistry;
import fr.segurstudio.model.dossier.NumerosEditeur;
import fr.segurstudio.model.issue.Issue;
import fr.segurstudio.testing.Golden;
import fr.segurstudio.testing.SeedExamples;
import fr.segurstudio.testing.Services;

/** Seeds §2.1 and §3.3: files of 200 requests at most, named JSON-numeroAns-AAAAMMJJ-NNN.json; PJ 3 Mo, zips 200 Mo. */
class DepositTest {

	private static final LocalDate DAY = LocalDate.of(2026, 11, 22);
	private final SeedExamples examples = new SeedExamples(Services.get(CouloirRegistry.class));
	private final AspImporter importer = Services.get(AspImporter.class);

	@TempDir
	Path out;
	@TempDir
	Path in;

	/** A BIO dossier of n requests numbered from {@code first}, its first request copied. */
	private Dossier bio(int n, int first) {
		Dossier dossier = examples.bioDurand();
		Demande model = dossier.getDemandes().get(0);
		dossier.getDemandes().clear();
		for (int i = 0; i < n; i++) {
			Demande copy = EcoreUtil.copy(model);
			copy.setNumeroEditeur(NumerosEditeur.format(first + i));
			copy.getPiecesJustificatives().get(0).setNomFichier("BIO-SGL-Va1-BDC-" + NumerosEditeur.format(first + i) + ".pdf");
			dossier.getDemandes().add(copy);
		}
		return dossier;
	}

	private DepositResult deposit(boolean zip, Dossier... dossiers) throws IOException {
		List<Deposit.Source> sources = Stream.of(dossiers).map(d -> new Deposit.Source(d, in)).toList();
		return new Deposit().run(sources, new Deposit.Options(out, DAY, zip));
	}

	private List<String> files() throws IOException {
		try (Stream<Path> list = Files.list(out)) {
			return list.map(p -> p.getFileName().toString()).filter(name -> !name.startsWith(".")).sorted().toList();
		}
	}

	@Test
	void twoFilesOf150RequestsOfTheSameAnsGive200And100() throws IOException {
		DepositResult result = deposit(false, bio(150, 1), bio(150, 151));
		assertTrue(result.written(), result.problems().toString());
		assertEquals(List.of("JSON-ANS0000001-20261122-001.json", "JSON-ANS0000001-20261122-001.manifeste.json",
				"JSON-ANS0000001-20261122-002.json", "JSON-ANS0000001-20261122-002.manifeste.json"), files());
		ImportResult first = importer.read(out.resolve("JSON-ANS0000001-20261122-001.json"), null);
		ImportResult second = importer.read(out.resolve("JSON-ANS0000001-20261122-002.json"), null);
		assertEquals(200, first.dossier().getDemandes().size());
		assertEquals(100, second.dossier().getDemandes().size());
		assertEquals(List.of(), first.issues());
		assertEquals(1, second.dossier().getDemandes().get(0).getNumLigne(), "numLigne starts at 1 in each file");
		assertEquals(100, second.dossier().getDemandes().get(99).getNumLigne());
		assertEquals("00201", second.dossier().getDemandes().get(0).getNumeroEditeur());
	}

	@Test
	void numberingContinuesAfterTheFilesOfTheDayAlreadyThere() throws IOException {
		Files.writeString(out.resolve("JSON-ANS0000001-20261122-004.json"), "{}");
		Files.writeString(out.resolve("JSON-ANS0000001-20261121-009.json"), "{}");
		Files.writeString(out.resolve("JSON-AUTRE00001-20261122-007.json"), "{}");
		deposit(false, bio(1, 1));
		assertTrue(files().contains("JSON-ANS0000001-20261122-005.json"), files().toString());
		deposit(false, bio(1, 2));
		assertTrue(files().contains("JSON-ANS0000001-20261122-006.json"), files().toString());
	}

	@Test
	void eachAnsAndCouloirHasItsOwnFiles() throws IOException {
		Dossier other = bio(2, 10);
		other.setNumeroAns("ANS0000002");
		Dossier rad = examples.radRadio2000();
		rad.setNumeroAns("ANS0000003");
		DepositResult result = deposit(false, bio(2, 1), other, rad);
		assertEquals(List.of("JSON-ANS0000001-20261122-001.json", "JSON-ANS0000002-20261122-001.json", "JSON-ANS0000003-20261122-001.json"),
				result.files().stream().map(DepositResult.File::name).toList());
		assertEquals("RAD-RIS", result.files().get(2).typeLogiciel());
	}

	@Test
	void newRequestsAreExportedWithNullsAndGoldenLayout() throws IOException {
		Dossier dossier = examples.bioDurand();
		dossier.getDemandes().get(0).setNumeroASP("ASP-1");
		dossier.getDemandes().get(0).setNumLigne(42);
		DepositResult result = deposit(false, dossier);
		assertEquals(Golden.BIO_SGL.text(), Files.readString(out.resolve("JSON-ANS0000001-20261122-001.json"), StandardCharsets.UTF_8));
		assertEquals(null, dossier.getDemandes().get(0).getFichierDepot(), "the deposit returns the changes, the caller applies them");
		assertEquals(List.of(new DepositResult.StatusChange(dossier.getDemandes().get(0), StatutDemande.DEPOSEE,
				"JSON-ANS0000001-20261122-001.json", DAY)), result.statusChanges());
		result.statusChanges().forEach(DepositResult.StatusChange::apply);
		assertEquals(StatutDemande.DEPOSEE, dossier.getDemandes().get(0).getStatut());
		assertEquals("JSON-ANS0000001-20261122-001.json", dossier.getDemandes().get(0).getFichierDepot());
	}

	private Path pdf(String name, int size) throws IOException {
		byte[] bytes = new byte[size];
		byte[] head = "%PDF-1.7\n".getBytes(StandardCharsets.US_ASCII);
		System.arraycopy(head, 0, bytes, 0, head.length);
		return Files.write(in.resolve(name), bytes);
	}

	private Dossier withAttachedPurchaseOrders(int n) throws IOException {
		Dossier dossier = bio(n, 1);
		for (Demande demande : dossier.getDemandes()) {
			PieceJustificative bdc = demande.getPiecesJustificatives().get(0);
			bdc.setChemin(pdf("bon de commande " + demande.getNumeroEditeur() + ".pdf", 1000).getFileName().toString());
		}
		return dossier;
	}

	@Test
	void attachedFilesAreZippedUnderTheirNomenclatureName() throws IOException {
		DepositResult result = deposit(true, withAttachedPurchaseOrders(3));
		assertTrue(result.written(), result.problems().toString());
		try (ZipFile zip = new ZipFile(out.resolve("JSON-ANS0000001-20261122-001.zip").toFile())) {
			assertEquals(List.of("BIO-SGL-Va1-BDC-00001.pdf", "BIO-SGL-Va1-BDC-00002.pdf", "BIO-SGL-Va1-BDC-00003.pdf"),
					zip.stream().map(ZipEntry::getName).toList());
		}
		List<DepositResult.File> history = Manifest.history(out);
		assertEquals(1, history.size());
		assertEquals("00002", history.get(0).requests().get(1).numeroEditeur());
		assertEquals(new DepositResult.Placement("BIO-SGL-Va1-BDC-00002.pdf", "JSON-ANS0000001-20261122-001.zip"),
				history.get(0).requests().get(1).pieces().get(0));
		assertEquals(DAY, history.get(0).date());
	}

	@Test
	void withoutZipTheFilesAreCopiedIntoAFolder() throws IOException {
		deposit(false, withAttachedPurchaseOrders(2));
		assertTrue(Files.isRegularFile(out.resolve("JSON-ANS0000001-20261122-001").resolve("BIO-SGL-Va1-BDC-00002.pdf")));
	}

	@Test
	void zipsAreSplitAtTheSizeLimit() throws IOException {
		Dossier dossier = withAttachedPurchaseOrders(5);
		DepositResult result = new Deposit().run(List.of(new Deposit.Source(dossier, in)), new Deposit.Options(out, DAY, true, 4100));
		assertEquals(List.of("JSON-ANS0000001-20261122-001.zip", "JSON-ANS0000001-20261122-001-2.zip",
				"JSON-ANS0000001-20261122-001-3.zip"), result.files().get(0).containers());
		for (String zip : result.files().get(0).containers()) {
			assertTrue(Files.size(out.resolve(zip)) <= 4100, zip);
		}
	}

	@Test
	void badSupportingDocumentsStopTheDepositBeforeAnythingIsWritten() throws IOException {
		Dossier dossier = withAttachedPurchaseOrders(4);
		List<PieceJustificative> pieces = new ArrayList<>();
		dossier.getDemandes().forEach(d -> pieces.add(d.getPiecesJustificatives().get(0)));
		pieces.get(0).setChemin(pdf("trop-gros.pdf", 3_000_001).getFileName().toString());
		pieces.get(1).setChemin(Files.writeString(in.resolve("texte.pdf"), "pas un PDF").getFileName().toString());
		pieces.get(2).setNomFichier("../../evasion.pdf");
		pieces.get(3).setFormatFichier(FormatFichier.PNG);
		DepositResult result = deposit(true, dossier);
		assertFalse(result.written());
		List<String> codes = result.problems().stream().map(Issue::code).toList();
		assertEquals(List.of(IssueCodes.PJ_FICHIER_TAILLE, IssueCodes.PJ_FICHIER_TYPE, IssueCodes.PJ_FICHIER_NOM, IssueCodes.PJ_FICHIER_TYPE), codes);
		assertTrue(result.problems().get(0).message().contains("3 Mo au plus, soit 3000000 octets (1 Mo = 1 000 000 octets)"),
				result.problems().get(0).message());
		assertEquals(List.of(), files(), "nothing written");
		assertFalse(Files.exists(in.getParent().resolve("evasion.pdf")));
		assertEquals(StatutDemande.BROUILLON, dossier.getDemandes().get(0).getStatut());
	}

	/** Seed §2.1 « 3Mo maximum chacune », « 200 Mo »: read as 10^6 bytes a Mo, the reading the portal cannot refuse. */
	@Test
	void exactly3MoIsAcceptedAndA3MiBPieceIsNot() throws IOException {
		Dossier dossier = withAttachedPurchaseOrders(1);
		dossier.getDemandes().get(0).getPiecesJustificatives().get(0).setChemin(pdf("juste.pdf", 3_000_000).getFileName().toString());
		assertTrue(deposit(true, dossier).written());
		Dossier mebi = withAttachedPurchaseOrders(1);
		mebi.getDemandes().get(0).getPiecesJustificatives().get(0).setChemin(pdf("trois-mio.pdf", 3 * 1024 * 1024).getFileName().toString());
		DepositResult refused = deposit(true, mebi);
		assertFalse(refused.written());
		assertEquals(IssueCodes.PJ_FICHIER_TAILLE, refused.problems().get(0).code());
		assertEquals(200_000_000L, Deposit.MAX_ZIP_BYTES, "« Le fichier .zip ne peut excéder la taille de 200 Mo »");
	}

	@Test
	void noTemporaryFileIsLeftBehind() throws IOException {
		deposit(true, withAttachedPurchaseOrders(3));
		assertTrue(files().stream().noneMatch(name -> name.endsWith(".tmp")), files().toString());
	}

	@Test
	void aFolderThatCannotBeListedIsAnErrorNeverAGuess() throws IOException {
		Path notAFolder = Files.writeString(out.resolve("fichier"), "x");
		var plan = new Deposit().plan(List.of(new Deposit.Source(bio(1, 1), in, "bio.json")), new Deposit.Options(notAFolder, DAY, false));
		assertFalse(plan.ok());
		assertTrue(plan.problems().stream().anyMatch(i -> i.isError() && i.code().equals(IssueCodes.DEPOT_DOSSIER)), plan.problems().toString());
	}

	@Test
	void numberingCountsEveryArtefactOfADepositAndNoStagingFolderIsLeft() throws IOException {
		Dossier dossier = withAttachedPurchaseOrders(3);
		Files.createDirectory(out.resolve("JSON-ANS0000001-20261122-001.zip")); // a zip of an earlier deposit
		deposit(true, dossier);
		assertTrue(files().contains("JSON-ANS0000001-20261122-002.json"), "numbered after every artefact: " + files());
		try (Stream<Path> all = Files.list(out)) {
			assertTrue(all.noneMatch(p -> p.getFileName().toString().startsWith(".depot-en-cours-")), "no staging folder left");
		}
	}
}
