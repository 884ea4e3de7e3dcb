package fr.segurstudio.editing.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import fr.segurstudio.couloir.bio.BeneficiairesBio;
import fr.segurstudio.couloir.bio.BioPackage;
import fr.segurstudio.couloir.bio.EtablissementClientBio;
import fr.segurstudio.editing.DossierFormat;
import fr.segurstudio.editing.DossierSession;
import fr.segurstudio.editing.DossierSessions;
import fr.segurstudio.model.asp.RawValues;
import fr.segurstudio.model.core.Commande;
import fr.segurstudio.model.core.Demande;
import fr.segurstudio.model.core.SegurPackage;
import fr.segurstudio.model.issue.Issue;
import fr.segurstudio.testing.Golden;
import fr.segurstudio.testing.InvalidVariants;
import fr.segurstudio.testing.Services;
import fr.segurstudio.validation.IssueCodes;

/** A dossier edited through commands: undo, the save point, saving into its text or JSON, disk changes. */
class DossierSessionTest {

	private static final String COMMENT = "// Laboratoire Durand — bon de commande signé le 14/03";

	/** The golden BIO dossier as a user keeps it: a comment above, another at the end of a line. */
	private static String commented() {
		return COMMENT + "\n" + Golden.BIO_SGL.segurText().replace("SIRET \"12345678200010\"", "SIRET \"12345678200010\" /* SIRET du GIE */");
	}

	@TempDir
	Path dir;

	private final DossierSessions sessions = Services.get(DossierSessions.class);

	private DossierSession open(String name, String content) throws IOException {
		Path file = Files.writeString(dir.resolve(name), content, StandardCharsets.UTF_8);
		return sessions.open(file);
	}

	private static EtablissementClientBio client(DossierSession session) {
		return ((BeneficiairesBio) session.dossier().getDemandes().get(0).getBeneficiaires()).getEtablissementsClients().get(0);
	}

	private static void execute(DossierSession session, org.eclipse.emf.common.command.Command command) {
		assertTrue(command.canExecute(), command.getLabel());
		session.commandStack().execute(command);
	}

	@Test
	void anEditIsOneCommandAndUndoingToTheSavePointIsClean() throws IOException {
		DossierSession session = open("bio.segur", Golden.BIO_SGL.segurText());
		assertFalse(session.isDirty());
		assertNull(session.readOnlyReason());
		execute(session, session.commands().set(client(session), BioPackage.Literals.ETABLISSEMENT_CLIENT_BIO__NOM_CLIENT, "MARTIN"));
		assertTrue(session.isDirty());
		session.commandStack().undo();
		assertFalse(session.isDirty(), "back at the save point");
		assertEquals("DURAND", client(session).getNomClient());
		session.commandStack().redo();
		assertTrue(session.isDirty());
		assertEquals("MARTIN", client(session).getNomClient());
	}

	@Test
	void savingATextChangesOnlyTheEditedValuesTwiceInARow() throws IOException {
		String original = commented();
		DossierSession session = open("bio.segur", original);
		execute(session, session.commands().set(client(session), BioPackage.Literals.ETABLISSEMENT_CLIENT_BIO__NOM_CLIENT, "MARTIN"));
		session.save();
		assertFalse(session.isDirty());
		String once = Files.readString(session.file());
		assertEquals(original.replaceFirst("nomClient \"DURAND\"", "nomClient \"MARTIN\""), once, "only the token changed, comments kept");
		execute(session, session.commands().set(client(session), BioPackage.Literals.ETABLISSEMENT_CLIENT_BIO__EMAIL_CLIENT, "a@b.fr"));
		session.save();
		String twice = Files.readString(session.file());
		assertTrue(twice.contains("nomClient \"MARTIN\"") && twice.contains("emailClient \"a@b.fr\"") && twice.contains(COMMENT)
				&& twice.contains("/* SIRET du GIE */"), twice);
		session.commandStack().undo();
		assertTrue(session.isDirty(), "undoing past the save point makes it dirty again");
		session.save();
		assertTrue(Files.readString(session.file()).contains("emailClient \"m.durand@laboratoire-exemple.fr\""));
	}

	@Test
	void newRequestsTakeTheNextNumberAndDeletedNumbersAreNeverReused() throws IOException {
		DossierSession session = open("bio.segur", commented());
		execute(session, session.commands().newDemande());
		Demande added = session.dossier().getDemandes().get(1);
		assertEquals("00002", added.getNumeroEditeur());
		assertEquals("BIO-SGL-Va1-BDC-00002.pdf", added.getPiecesJustificatives().get(0).getNomFichier(), "seed §3.3 nomenclature");
		execute(session, session.commands().delete(List.of(added)));
		execute(session, session.commands().newDemande());
		assertEquals("00003", session.dossier().getDemandes().get(1).getNumeroEditeur(), "00002 was handed out: taken for good");
		execute(session, session.commands().duplicate(session.dossier().getDemandes().get(0)));
		Demande copy = session.dossier().getDemandes().get(1);
		assertEquals("00004", copy.getNumeroEditeur());
		assertEquals("BIO-SGL-Va1-BDC-00004.pdf", copy.getPiecesJustificatives().get(0).getNomFichier());
		session.save();
		String text = Files.readString(session.file());
		assertTrue(text.contains("demande \"00004\"") && text.contains("demande \"00003\"") && text.contains(COMMENT), text);
		DossierSession reopened = sessions.open(session.file());
		assertEquals(List.of("00001", "00004", "00003"), reopened.dossier().getDemandes().stream().map(Demande::getNumeroEditeur).toList());
		reopened.commandStack().execute(reopened.commands().newDemande());
		assertEquals("00005", reopened.dossier().getDemandes().get(3).getNumeroEditeur(), "the text keeps 00002 as used");
	}

	@Test
	void anAspJsonFileIsSavedAsJsonAndCanBecomeADossier() throws IOException {
		DossierSession session = open("bio.json", Golden.BIO_SGL.text());
		assertEquals(DossierFormat.JSON, session.format());
		execute(session, session.commands().set(client(session), BioPackage.Literals.ETABLISSEMENT_CLIENT_BIO__NOM_CLIENT, "MARTIN"));
		session.save();
		assertEquals(Golden.BIO_SGL.text().replaceFirst("\"nomClient\": \"DURAND\"", "\"nomClient\": \"MARTIN\""), Files.readString(session.file()));
		execute(session, session.commands().set(client(session), BioPackage.Literals.ETABLISSEMENT_CLIENT_BIO__NOM_CLIENT, "Petit"));
		List<Issue> issues = session.place(session.snapshot().validate());
		Issue upper = issues.stream().filter(i -> i.code().equals(IssueCodes.MAJUSCULES)).findFirst().orElseThrow();
		assertEquals(client(session), upper.target(), "issues come back on the session's objects");
		assertEquals(25, upper.location().line(), "placed in the file as saved");
		session.saveAs(dir.resolve("bio.segur"), DossierFormat.SEGUR);
		assertEquals(DossierFormat.SEGUR, session.format());
		assertTrue(Files.readString(dir.resolve("bio.segur")).contains("nomClient \"Petit\""));
		assertFalse(session.isDirty());
	}

	@Test
	void onlyWhatTheModelCannotHoldMakesAFileReadOnly() throws IOException {
		assertNotNull(open("inconnue.json", Golden.BIO_SGL.text().replace("\"SIRET\"", "\"SIRETS\"")).readOnlyReason(), "an unknown key");
		assertNotNull(open("double.json", Golden.BIO_SGL.text().replace("\"SIRET\": \"12345678200010\",", "\"SIRET\": \"1\", \"SIRET\": \"2\","))
				.readOnlyReason(), "a doubled key");
		String notAnObject = open("tableau.json", "[1, 2]").readOnlyReason();
		assertTrue(notAnObject.contains("n'est pas lisible comme objet JSON"), notAnObject);
		assertNotNull(open("broken.segur", Golden.BIO_SGL.segurText().replace("commande {", "commande {{")).readOnlyReason());
		assertNull(open("siret.json", Golden.BIO_SGL.text().replace("\"SIRET\"", "\"siret\"")).readOnlyReason(),
				"a key in the wrong case: its value is kept, under the right key");
	}

	/** The issue's file: numeroEditeur as a number, an ISO date, an amount in quotes, "true", a missing key. */
	private static String broken() {
		return Golden.BIO_SGL.text().replace("\"numeroEditeur\": \"00001\"", "\"numeroEditeur\": 1")
				.replace("\"dateCommande\": \"14/03/2022\"", "\"dateCommande\": \"2022-03-14\"")
				.replace("\"montantSegurHT\": 27450.00", "\"montantSegurHT\": \"14887.52\"").replace("\"isPFIToMSSPro\": false", "\"isPFIToMSSPro\": \"true\"")
				.replace("\"typeAction\": \"C\",\n", "");
	}

	@Test
	void aBrokenJsonFileOpensEditableAndSavesItsValuesAsWrittenUntilReplaced() throws IOException {
		DossierSession session = open("broken.json", broken());
		assertNull(session.readOnlyReason());
		Commande commande = session.dossier().getDemandes().get(0).getCommande();
		assertEquals("\"2022-03-14\"", RawValues.get(commande, SegurPackage.Literals.COMMANDE__DATE_COMMANDE).getJson());
		session.save();
		assertEquals(InvalidVariants.values(broken().getBytes(StandardCharsets.UTF_8)), InvalidVariants.values(Files.readAllBytes(session.file())),
				"saved as read: every value as written, the missing key missing");
		execute(session, session.commands().set(commande, SegurPackage.Literals.COMMANDE__DATE_COMMANDE, LocalDate.of(2022, 3, 14)));
		assertNull(RawValues.get(commande, SegurPackage.Literals.COMMANDE__DATE_COMMANDE), "the typed value replaces the one kept");
		session.save();
		String saved = Files.readString(session.file());
		assertTrue(saved.contains("\"dateCommande\": \"14/03/2022\""), saved);
		assertTrue(saved.contains("\"montantSegurHT\": \"14887.52\"") && saved.contains("\"numeroEditeur\": 1,"), saved);
		session.commandStack().undo();
		assertEquals("\"2022-03-14\"", RawValues.get(commande, SegurPackage.Literals.COMMANDE__DATE_COMMANDE).getJson(), "one undo brings it back");
		session.save();
		assertTrue(Files.readString(session.file()).contains("\"dateCommande\": \"2022-03-14\""));
	}

	@Test
	void valuesKeptAsWrittenGoThroughTheTextPageAndADuplicate() throws IOException {
		DossierSession session = open("broken.json", broken());
		session.saveAs(dir.resolve("broken.segur"), DossierFormat.SEGUR);
		String text = Files.readString(dir.resolve("broken.segur"));
		assertTrue(text.contains("numeroEditeur `1`") || text.contains("demande {"), text);
		assertTrue(text.contains("dateCommande \"2022-03-14\"") && text.contains("typeAction absent"), text);
		// a text edit of another value leaves them be; one of them fixed in the text is fixed in the model
		assertNull(session.adoptText(session.text().replace("dateCommande \"2022-03-14\"", "dateCommande 14/03/2022")));
		Commande commande = session.dossier().getDemandes().get(0).getCommande();
		assertNull(RawValues.get(commande, SegurPackage.Literals.COMMANDE__DATE_COMMANDE));
		assertEquals(LocalDate.of(2022, 3, 14), commande.getDateCommande());
		assertEquals("\"14887.52\"", RawValues.get(commande, SegurPackage.Literals.COMMANDE__MONTANT_SEGUR_HT).getJson());
		session.commandStack().undo();
		assertEquals("\"2022-03-14\"", RawValues.get(commande, SegurPackage.Literals.COMMANDE__DATE_COMMANDE).getJson());
		Demande source = session.dossier().getDemandes().get(0);
		execute(session, session.commands().duplicate(source));
		Demande copy = session.dossier().getDemandes().get(1);
		assertEquals("\"14887.52\"", RawValues.get(copy.getCommande(), SegurPackage.Literals.COMMANDE__MONTANT_SEGUR_HT).getJson(),
				"a duplicate carries the values as written");
		assertNull(RawValues.get(copy, SegurPackage.Literals.DEMANDE__NUMERO_EDITEUR), "but not the source's number");
	}

	@Test
	void aChangeOnDiskIsSeenAndReloadTakesIt() throws IOException {
		DossierSession session = open("bio.segur", Golden.BIO_SGL.segurText());
		List<DossierSession.Change> changes = new ArrayList<>();
		session.addListener((s, change) -> changes.add(change));
		assertFalse(session.changedOnDisk());
		Files.writeString(session.file(), Golden.BIO_SGL.segurText().replace("\"DURAND\"", "\"BERNARD\""));
		assertTrue(session.changedOnDisk());
		EtablissementClientBio before = client(session);
		session.reload();
		assertNotSame(before, client(session));
		assertEquals("BERNARD", client(session).getNomClient());
		assertEquals(List.of(DossierSession.Change.RELOADED), changes);
		assertFalse(session.changedOnDisk());
	}

	@Test
	void aTextEditMergesIntoTheModelKeepingItsObjectsAsOneUndo() throws IOException {
		DossierSession session = open("bio.segur", commented());
		EtablissementClientBio client = client(session);
		String edited = session.text().replaceFirst("nomClient \"DURAND\"", "nomClient \"MARTIN\" // corrigé");
		assertNull(session.adoptText(edited));
		assertSame(client, client(session), "the forms' objects stay");
		assertEquals("MARTIN", client.getNomClient());
		assertTrue(session.isDirty());
		assertEquals(edited, session.text(), "the adopted text is the base of the next save");
		session.commandStack().undo();
		assertEquals("DURAND", client.getNomClient(), "one undo takes the text's edits back");
		assertTrue(session.text().contains("// corrigé") && session.text().contains("nomClient \"DURAND\""), session.text());
		session.commandStack().redo();
		session.save();
		assertEquals(edited, Files.readString(session.file()));
	}

	@Test
	void requestsAddedOrRemovedInTheTextAreAddedOrRemovedInTheModel() throws IOException {
		DossierSession session = open("bio.segur", commented());
		String text = session.text();
		int start = text.indexOf("  demande \"00001\"");
		int end = text.lastIndexOf('}');
		String second = text.substring(start, end).replace("\"00001\"", "\"00002\"").replace("-00001.pdf", "-00002.pdf");
		assertNull(session.adoptText(text.substring(0, end) + "\n" + second + "}\n"));
		assertEquals(List.of("00001", "00002"), session.dossier().getDemandes().stream().map(Demande::getNumeroEditeur).toList());
		Demande first = session.dossier().getDemandes().get(0);
		assertNull(session.adoptText(text.substring(0, start) + second + "}\n"));
		assertEquals(List.of("00002"), session.dossier().getDemandes().stream().map(Demande::getNumeroEditeur).toList());
		assertFalse(session.dossier().getDemandes().contains(first));
	}

	@Test
	void aTextThatDoesNotParseLeavesTheModelAsItWas() throws IOException {
		DossierSession session = open("bio.segur", commented());
		List<Issue> problems = session.adoptText(session.text().replace("commande {", "commande {{"));
		assertNotNull(problems);
		assertFalse(problems.isEmpty());
		assertEquals("DURAND", client(session).getNomClient());
		assertFalse(session.isDirty());
	}

	@Test
	void formEditsAreWrittenIntoTheTextOnlyWhereTheyChangedIt() throws IOException {
		DossierSession session = open("bio.segur", commented());
		execute(session, session.commands().set(client(session), BioPackage.Literals.ETABLISSEMENT_CLIENT_BIO__NOM_CLIENT, "MARTIN"));
		String synced = session.syncText();
		assertEquals(commented().replaceFirst("nomClient \"DURAND\"", "nomClient \"MARTIN\""), synced);
		execute(session, session.commands().set(client(session), BioPackage.Literals.ETABLISSEMENT_CLIENT_BIO__EMAIL_CLIENT, "a@b.fr"));
		assertTrue(session.syncText().contains("emailClient \"a@b.fr\"") && session.text().contains(COMMENT));
	}
}
