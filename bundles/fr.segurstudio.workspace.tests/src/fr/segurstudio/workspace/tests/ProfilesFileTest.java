package fr.segurstudio.workspace.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;

import fr.segurstudio.validation.ProfilsDeclares;
import fr.segurstudio.workspace.ProfilesFile;

/** The profiles file: written as the validator (and the command line) read it. */
class ProfilesFileTest {

	@Test
	void writtenProfilesAreReadBackByTheValidator() throws Exception {
		Path file = ProfilesFile.location();
		assertTrue(file.toString().contains("target"), "tests use a temporary home: " + file);
		Map<String, List<String>> profiles = Map.of("ANS0000001", List.of("Esclave d'identité", "Mailiz"), "ANS 00002=x", List.of("a:b", "#c"));
		ProfilesFile.write(profiles);
		assertEquals(profiles, ProfilesFile.read());
		ProfilsDeclares declared = ProfilsDeclares.read(file);
		assertEquals(Set.of("Esclave d'identité", "Mailiz"), declared.of("ANS0000001").orElseThrow());
		assertEquals(Set.of("a:b", "#c"), declared.of("ANS 00002=x").orElseThrow());
		assertTrue(Files.readString(file).contains("ANS0000001 = Esclave d'identité ; Mailiz\n"), Files.readString(file));
		ProfilesFile.write(Map.of());
		assertEquals(Map.of(), ProfilesFile.read());
	}
}
