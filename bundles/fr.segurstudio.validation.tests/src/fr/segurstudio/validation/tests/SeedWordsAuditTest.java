package fr.segurstudio.validation.tests;

import static fr.segurstudio.json.IssueCodes.CLE_CASSE;
import static fr.segurstudio.validation.tests.Checks.describe;
import static fr.segurstudio.validation.tests.Checks.examples;
import static fr.segurstudio.validation.tests.Checks.first;
import static fr.segurstudio.validation.tests.Checks.only;
import static fr.segurstudio.validation.tests.Checks.significant;
import static fr.segurstudio.validation.tests.Checks.validate;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.eclipse.emf.ecore.util.EcoreUtil;
import org.junit.jupiter.api.Test;

import fr.segurstudio.couloir.bio.BeneficiairesBio;
import fr.segurstudio.couloir.mdv.BeneficiairesMdv;
import fr.segurstudio.couloir.mdv.MdvFactory;
import fr.segurstudio.couloir.rad.BeneficiairesRad;
import fr.segurstudio.couloir.rad.RadFactory;
import fr.segurstudio.json.AspImporter;
import fr.segurstudio.json.AspJsonWriter;
import fr.segurstudio.json.ImportResult;
import fr.segurstudio.model.asp.AspClassMapping;
import fr.segurstudio.model.asp.AspFeatureMapping;
import fr.segurstudio.model.asp.AspPaths;
import fr.segurstudio.model.core.Dossier;
import fr.segurstudio.model.couloir.CouloirRegistry;
import fr.segurstudio.model.issue.Issue;
import fr.segurstudio.model.issue.Severity;
import fr.segurstudio.testing.Golden;
import fr.segurstudio.testing.InvalidVariants;
import fr.segurstudio.testing.Services;
import fr.segurstudio.validation.DossierValidator;
import fr.segurstudio.validation.IssueCodes;
import fr.segurstudio.validation.ValidationContext;
import fr.segurstudio.validation.json.FileReport;
import fr.segurstudio.validation.json.FileValidator;
import fr.segurstudio.validation.json.Mode;

/**
 * The classes of holes an independent audit found, each checked from the seeds' words on generated members
 * (docs/decisions-spec-raw.md): null where a value is obligatoire, numLigne in a sequence, -0.00, a request's piece
 * named after another couloir, seed 004's OCR « lignesimport », isClientUnique against the number of clients.
 */
class SeedWordsAuditTest {

	private final FileValidator validator = new FileValidator(Services.get(DossierValidator.class), Services.get(CouloirRegistry.class));

	private FileReport check(String json, Mode mode) {
		return validator.validate(read(json), mode, ValidationContext.ALONE);
	}

	private static ImportResult read(String json) {
		return Services.get(AspImporter.class).read(json.getBytes(StandardCharsets.UTF_8), "f.json", null);
	}

	private static List<Issue> errors(FileReport report) {
		return Stream.concat(report.errors().stream(), report.requests().stream().flatMap(r -> r.issues().stream())).filter(Issue::isError).toList();
	}

	/**
	 * Seeds §3.2, column « Obligatoire »: every key of every couloir given null. An error exactly where the seed asks for a
	 * value then (numLigne « INTEGER (MAX 200) Obligatoire » included: it was accepted); none where null is allowed.
	 */
	@Test
	void nullIsAnErrorWhereverTheSeedAsksForAValue() {
		int required = 0;
		int allowed = 0;
		List<String> failures = new ArrayList<>();
		for (Golden golden : Golden.all()) {
			Dossier model = read(golden.text()).dossier();
			for (String path : InvalidVariants.paths(golden)) {
				AspPaths.Place place = AspPaths.resolve(model, path);
				AspFeatureMapping mapping = AspClassMapping.of(place.object().eClass()).byFeature(place.feature());
				// a list is [] when empty, a block the seed writes {} is {}: null is never their empty form
				boolean mustHaveValue = mapping.isRenumbered() || mapping.isList() || mapping.fixedValue() != null || mapping.absentAs() != null
						|| !mapping.isExportNull() && mapping.isRequired(place.object());
				FileReport report = check(InvalidVariants.with(golden, path, "null").json(), Mode.ALL);
				boolean error = errors(report).stream().anyMatch(i -> fullPath(report, i).equals(path));
				if (mustHaveValue) {
					required++;
				} else {
					allowed++;
				}
				if (error != mustHaveValue) {
					failures.add(golden.fileName() + " " + path + " = null : " + (mustHaveValue ? "accepté" : describe(errors(report))));
				}
			}
		}
		System.out.println((required + allowed) + " clés mises à null : " + required + " obligatoires refusées, " + allowed + " où null est permis acceptées");
		assertEquals(List.of(), failures);
		assertTrue(required > 100, "required: " + required);
	}

	private static String fullPath(FileReport report, Issue issue) {
		String path = issue.location().path();
		for (FileReport.RequestReport request : report.requests()) {
			if (request.issues().contains(issue)) {
				int index = report.requests().indexOf(request);
				return path.isEmpty() ? "lignesImport[" + index + "]" : "lignesImport[" + index + "]." + path;
			}
		}
		return path;
	}

	/** numLigne 1, null, 3: the request in the middle is the one in error; absent and 1.0 too. */
	@Test
	void numLigneInASequence() {
		Dossier three = examples().bioDurand();
		three.getDemandes().add(EcoreUtil.copy(first(three)));
		three.getDemandes().add(EcoreUtil.copy(first(three)));
		for (int i = 0; i < 3; i++) {
			three.getDemandes().get(i).setNumeroEditeur("0000" + (i + 1));
			three.getDemandes().get(i).getPiecesJustificatives().get(0).setNomFichier("BIO-SGL-Va1-BDC-0000" + (i + 1) + ".pdf");
		}
		String json = new String(new AspJsonWriter().toBytes(three, AspJsonWriter.FAITHFUL), StandardCharsets.UTF_8);
		for (String wrong : List.of("null", "1.0", "\"2\"", "-0")) {
			String changed = json.replaceFirst("\"numLigne\": 2,", "\"numLigne\": " + wrong + ",");
			FileReport report = check(changed, Mode.ALL);
			assertTrue(report.requests().get(0).accepted(), wrong);
			assertFalse(report.requests().get(1).accepted(), wrong + ": " + describe(report.requests().get(1).issues()));
			assertTrue(report.requests().get(2).accepted(), wrong);
			assertEquals("numLigne", report.requests().get(1).issues().get(0).location().path());
		}
		FileReport absent = check(json.replaceFirst("\"numLigne\": 2,\n", ""), Mode.ALL);
		assertFalse(absent.requests().get(1).accepted());
		String nul = json.replaceFirst("\"numLigne\": 2,", "\"numLigne\": null,");
		assertTrue(new String(new AspJsonWriter().toBytes(read(nul).dossier(), AspJsonWriter.FAITHFUL), StandardCharsets.UTF_8)
				.contains("\"numLigne\": null"), "written back as read");
	}

	/** Seed §3.2 montantSegurHT: -0.00 is a negative amount, and exported as read. */
	@Test
	void minusZeroIsANegativeAmountExportedAsRead() {
		for (Golden golden : Golden.all()) {
			for (String minus : List.of("-0.00", "-0.0", "-0")) {
				String json = golden.text().replaceFirst("\"montantSegurHT\": [0-9.]+", "\"montantSegurHT\": " + minus);
				FileReport report = check(json, Mode.ALL);
				assertTrue(errors(report).stream().anyMatch(i -> i.code().equals(IssueCodes.MONTANT_NEGATIF) || i.code().startsWith("json.")),
						golden + " " + minus + ": " + describe(errors(report)));
				if (minus.equals("-0.00")) {
					assertEquals(List.of(IssueCodes.MONTANT_NEGATIF), errors(report).stream().map(Issue::code).toList());
					assertEquals("« montantSegurHT » : -0.00 : un montant de prestation n'est pas négatif", errors(report).get(0).message());
				}
				for (AspJsonWriter.Options options : List.of(AspJsonWriter.FAITHFUL, AspJsonWriter.DEPOSIT)) {
					assertTrue(new String(new AspJsonWriter().toBytes(read(json).dossier(), options), StandardCharsets.UTF_8)
							.contains("\"montantSegurHT\": " + minus), golden + " " + minus);
				}
			}
		}
	}

	/**
	 * Seed 002 §1.2 (the second control is per request) and §3.3 (names): a request whose piece is named after another
	 * couloir is that request's error, with the expected name; the file keeps its couloir, the other request is accepted.
	 */
	@Test
	void aPieceOfAnotherCouloirIsTheRequestsErrorNotTheFilesCouloir() {
		List<String> couloirs = List.of("BIO-SGL", "RAD-RIS", "MDV-LGC");
		int cases = 0;
		for (Golden golden : List.of(Golden.BIO_SGL, Golden.RAD_RIS, Golden.MDV_LGC_LIBERAL, Golden.MDV_LGC_STRUCTURE)) {
			Dossier two = golden.example(examples());
			Dossier copy = golden.example(examples());
			var second = copy.getDemandes().get(0);
			second.setNumeroEditeur("00002");
			second.getPiecesJustificatives().forEach(p -> p.setNomFichier(p.getNomFichier().replace("00001", "00002")));
			two.getDemandes().add(second);
			String own = two.getCouloir() + "-" + two.getLogiciel();
			for (String other : couloirs) {
				if (other.equals(own)) {
					continue;
				}
				second.getPiecesJustificatives().get(0).setNomFichier(other + "-Va1-BDC-00002.pdf");
				String json = new String(new AspJsonWriter().toBytes(two, AspJsonWriter.FAITHFUL), StandardCharsets.UTF_8);
				FileReport report = check(json, Mode.ASP);
				cases++;
				assertEquals(own, report.couloir(), golden + " " + other);
				assertTrue(report.accepted(), describe(report.errors()));
				assertTrue(report.requests().get(0).accepted(), describe(report.requests().get(0).issues()));
				Issue issue = report.requests().get(1).issues().get(0);
				assertEquals(IssueCodes.PJ_NOM, issue.code());
				assertTrue(issue.message().contains("attendu « " + own + "-Va1-BDC-00002.pdf »"), issue.message());
			}
		}
		System.out.println(cases + " fichiers de deux demandes dont la seconde nomme sa pièce d'après un autre couloir : couloir du fichier gardé");
	}

	/** Seed 004's « lignesimport » is OCR damage: an error naming the right key, in both modes. */
	@Test
	void lignesimportIsAnErrorNamingTheKey() {
		for (Golden golden : Golden.all()) {
			String json = golden.text().replace("\"lignesImport\"", "\"lignesimport\"");
			for (Mode mode : Mode.values()) {
				FileReport report = check(json, mode);
				assertFalse(report.accepted(), golden + " " + mode);
				Issue issue = report.errors().get(0);
				assertEquals(CLE_CASSE, issue.code());
				assertEquals(List.of("lignesImport"), issue.data());
				assertTrue(issue.message().contains("« lignesImport »"), issue.message());
			}
		}
	}

	/**
	 * isClientUnique against the clients (seed 002 « true : … une même structure juridique ; false : … plusieurs
	 * structures juridiques distinctes », 003 « un client unique », 004 « true : il y a un unique médecin »): a warning
	 * either way, in every couloir.
	 */
	@Test
	void isClientUniqueAgreesWithTheNumberOfClientsInEveryCouloir() {
		// BIO: the legal entities (the example has two)
		Dossier bio = examples().bioDurand();
		BeneficiairesBio b = (BeneficiairesBio) first(bio).getBeneficiaires();
		b.setIsClientUnique(true);
		b.setIsMandataire(false);
		b.setNomMandataire(null);
		b.setEmailMandataire(null);
		b.setTelephoneMandataire(null);
		only(bio, IssueCodes.UN_SEUL, Severity.WARNING);
		Dossier single = examples().bioDurand();
		((BeneficiairesBio) first(single).getBeneficiaires()).getEtablissementsClients().remove(1);
		only(single, IssueCodes.PLUSIEURS, Severity.WARNING);
		// RAD: an establishment is the client; without one, each radiologist is
		Dossier rad = examples().radRadio2000();
		BeneficiairesRad r = (BeneficiairesRad) first(rad).getBeneficiaires();
		r.getEtablissementsClients().add(RadFactory.eINSTANCE.createEtablissementClientRad());
		r.getEtablissementsClients().get(1).setNumeroFINESSJuridique("888888880");
		r.getEtablissementsClients().get(1).setNomClient("SECOND");
		r.getEtablissementsClients().get(1).setEmailClient("second@exemple.fr");
		r.getEtablissementsClients().get(1).setTelephoneClient("0102030405");
		assertTrue(codes(rad).contains(IssueCodes.UN_SEUL), describe(validate(rad)));
		r.getEtablissementsClients().remove(1);
		r.setIsClientUnique(false);
		assertEquals(List.of(IssueCodes.PLUSIEURS), codes(rad));
		r.getEtablissementsClients().clear();
		assertEquals(List.of(), codes(rad), "two radiologists, not a single client");
		r.setIsClientUnique(true);
		assertEquals(List.of(IssueCodes.UN_SEUL), codes(rad));
		r.getRadLiberauxClients().remove(1);
		assertEquals(List.of(), codes(rad));
		// MDV LIBERAL: the doctors
		Dossier mdv = examples().mdvCabinet();
		BeneficiairesMdv m = (BeneficiairesMdv) first(mdv).getBeneficiaires();
		while (m.getLiberal().size() > 1) {
			m.getLiberal().remove(1);
		}
		assertEquals(List.of(IssueCodes.PLUSIEURS), codes(mdv));
		m.getLiberal().add(MdvFactory.eINSTANCE.createMedecinLiberal());
		assertTrue(codes(mdv).stream().noneMatch(c -> c.equals(IssueCodes.PLUSIEURS) || c.equals(IssueCodes.UN_SEUL)));
	}

	private static List<String> codes(Dossier dossier) {
		return significant(validate(dossier)).stream().map(Issue::code).toList();
	}
}
