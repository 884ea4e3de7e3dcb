package fr.segurstudio.workspace.tests;

import static fr.segurstudio.workspace.tests.WorkspaceFixture.marker;
import static fr.segurstudio.workspace.tests.WorkspaceFixture.markers;
import static fr.segurstudio.workspace.tests.WorkspaceFixture.summaries;
import static fr.segurstudio.workspace.tests.WorkspaceFixture.waitFor;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IFolder;
import org.eclipse.core.resources.IMarker;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.jobs.Job;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import fr.segurstudio.testing.Golden;
import fr.segurstudio.testing.Services;
import fr.segurstudio.validation.IssueCodes;
import fr.segurstudio.workspace.DossierFolders;
import fr.segurstudio.workspace.DossierSummary;
import fr.segurstudio.workspace.MarkerOwners;
import fr.segurstudio.workspace.ProblemMarkers;
import fr.segurstudio.workspace.WorkspaceValidation;

/**
 * A folder of golden files opened in a real workspace: every file gets its summary; a value broken on
 * disk (as by a text editor or a git pull) gives a marker at its line, with its code and message, through
 * the auto refresh; fixed, the marker goes.
 */
class WorkspaceValidationTest {

	@TempDir
	Path temp;
	private IFolder folder;

	@BeforeAll
	static void start() {
		WorkspaceFixture.start();
	}

	@BeforeEach
	void openGoldenFolder() throws Exception {
		// a name of its own: summaries of the previous test's files (same names) may still be being dropped
		folder = DossierFolders.open(WorkspaceFixture.goldenFolder(temp, "dossiers-" + temp.getFileName()), null);
	}

	@AfterEach
	void close() throws CoreException {
		if (folder.exists()) {
			DossierFolders.remove(folder, null);
		}
	}

	@Test
	void everyGoldenFileHasItsSummary() {
		for (Golden golden : Golden.all()) {
			for (String name : new String[] { golden.fileName(), golden.segurFileName() }) {
				IFile file = folder.getFile(name);
				DossierSummary summary = waitFor("summary of " + name, () -> summaries().get(file));
				assertEquals(1, summary.requests(), name);
				assertEquals(0, summary.errors(), name + " " + markers(file).stream().map(m -> m.getAttribute(IMarker.MESSAGE, "")).toList());
				assertEquals("ANS0000001", summary.numeroAns(), name);
			}
		}
		assertEquals("BIO-SGL", summaries().get(folder.getFile("bio-sgl-durand.json")).couloir());
		assertEquals("RAD-RIS", summaries().get(folder.getFile("rad-ris-radio2000.segur")).couloir());
		assertEquals("MDV-LGC", summaries().get(folder.getFile("mdv-lgc-liberal.json")).couloir());
	}

	@Test
	void aValueBrokenOnDiskGivesAMarkerAtItsLineAndGoesWhenFixed() throws Exception {
		IFile file = folder.getFile("bio-sgl-durand.json");
		waitFor("first validation", () -> summaries().get(file));
		Path onDisk = file.getLocation().toPath();
		String good = Files.readString(onDisk);
		Files.writeString(onDisk, good.replaceFirst("\"nomClient\": \"DURAND\"", "\"nomClient\": \"durand\""), StandardCharsets.UTF_8);

		IMarker marker = waitFor("the marker of the lower-case name", () -> marker(file, IssueCodes.MAJUSCULES));
		assertEquals(25, marker.getAttribute(IMarker.LINE_NUMBER, -1));
		assertEquals(IMarker.SEVERITY_ERROR, marker.getAttribute(IMarker.SEVERITY, -1));
		String message = marker.getAttribute(IMarker.MESSAGE, "");
		// the field named by its form's label (the BIO view), its key in the path and the location column
		assertTrue(message.contains("« Nom du représentant »") && message.contains("MAJUSCULES") && !message.contains("nomClient"), message);
		assertEquals("00001", marker.getAttribute(ProblemMarkers.REQUEST, ""));
		assertTrue(marker.getAttribute(ProblemMarkers.PATH, "").endsWith("nomClient"), marker.getAttribute(ProblemMarkers.PATH, ""));
		assertTrue(marker.getAttribute(IMarker.LOCATION, "").startsWith("ligne 25 · demande 00001 · "), marker.getAttribute(IMarker.LOCATION, ""));
		assertEquals(1, waitFor("summary with the error", () -> summaries().get(file).errors() == 1 ? summaries().get(file) : null).errors());

		Files.writeString(onDisk, good, StandardCharsets.UTF_8);
		waitFor("the marker gone", () -> marker(file, IssueCodes.MAJUSCULES) == null);
		assertEquals(0, waitFor("summary without error", () -> summaries().get(file).errors() == 0 ? summaries().get(file) : null).errors());
	}

	@Test
	void aTextDossierIsCheckedToo() throws Exception {
		IFile file = folder.getFile("bio-sgl-durand.segur");
		waitFor("first validation", () -> summaries().get(file));
		Path onDisk = file.getLocation().toPath();
		Files.writeString(onDisk, Files.readString(onDisk).replaceFirst("nomClient \"DURAND\"", "nomClient \"durand\""), StandardCharsets.UTF_8);
		IMarker marker = waitFor("the marker in the text", () -> marker(file, IssueCodes.MAJUSCULES));
		assertEquals(19, marker.getAttribute(IMarker.LINE_NUMBER, -1));
		int start = marker.getAttribute(IMarker.CHAR_START, -1);
		int end = marker.getAttribute(IMarker.CHAR_END, -1);
		assertEquals("\"durand\"", Files.readString(onDisk).substring(start, end));
	}

	@Test
	void anEditorThatOwnsTheMarkersIsLeftAlone() throws Exception {
		IFile file = folder.getFile("rad-ris-radio2000.json");
		waitFor("first validation", () -> summaries().get(file));
		MarkerOwners owners = Services.get(MarkerOwners.class);
		Path onDisk = file.getLocation().toPath();
		String good = Files.readString(onDisk);
		try (MarkerOwners.Claim claim = owners.claim(file, this)) {
			Files.writeString(onDisk, good.replace("\"nomClient\": \"DURAND\"", "\"nomClient\": \"durand\""), StandardCharsets.UTF_8);
			file.refreshLocal(0, null);
			Job.getJobManager().join(WorkspaceValidation.FAMILY, null);
			Thread.sleep(WorkspaceValidation.DELAY_MS * 2);
			Job.getJobManager().join(WorkspaceValidation.FAMILY, null);
			assertNull(marker(file, IssueCodes.MAJUSCULES), "the editor's business while it owns the file");
		}
		assertNotNull(waitFor("the file checked from disk once released", () -> marker(file, IssueCodes.MAJUSCULES)));
	}

	@Test
	void aJsonFileThatIsNoAspFileIsNoDossier() throws Exception {
		Path onDisk = folder.getLocation().toPath().resolve("package.json");
		Files.writeString(onDisk, "{\"name\": \"outil\", \"version\": \"1.0.0\"}\n");
		IFile file = folder.getFile("package.json");
		waitFor("package.json seen", file::exists);
		Job.getJobManager().join(WorkspaceValidation.FAMILY, null);
		Thread.sleep(WorkspaceValidation.DELAY_MS * 2);
		Job.getJobManager().join(WorkspaceValidation.FAMILY, null);
		assertTrue(markers(file).isEmpty());
		assertNull(summaries().get(file));
	}

	@Test
	void aTruncatedAspFileSaysWhy() throws Exception {
		Path onDisk = folder.getLocation().toPath().resolve("coupe.json");
		Files.writeString(onDisk, Golden.BIO_SGL.text().substring(0, 200));
		IFile file = folder.getFile("coupe.json");
		IMarker marker = waitFor("the marker of the truncated file", () -> markers(file).isEmpty() ? null : markers(file).get(0));
		assertEquals(IMarker.SEVERITY_ERROR, marker.getAttribute(IMarker.SEVERITY, -1));
		assertTrue(marker.getAttribute(IMarker.LINE_NUMBER, -1) > 0, marker.getAttribute(IMarker.MESSAGE, ""));
	}
}
