package fr.segurstudio.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.dialogs.PreferencesUtil;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

import fr.segurstudio.ui.bot.Bot;
import fr.segurstudio.ui.bot.Screenshots;
import fr.segurstudio.ui.preferences.DepositPreferences;
import fr.segurstudio.ui.preferences.SegurPreferencePage;
import fr.segurstudio.validation.ProfilsDeclares;
import fr.segurstudio.workspace.ProfilesFile;

/** Préférences > Ségur Studio reads the profiles file the command line reads, and writes it back (a temporary home). */
@ExtendWith(Screenshots.class)
class PreferencesUITest {

	@TempDir
	Path temp;
	private final Bot bot = new Bot();

	@Test
	void thePageReadsAndWritesTheProfilesFileAndTheDepositFolder() throws Exception {
		Path file = ProfilesFile.location();
		assertTrue(file.toString().contains("target"), "a temporary home: " + file);
		Files.createDirectories(file.getParent());
		Files.writeString(file, "ANS0000001 = Mailiz ; Esclave d'identité\n");

		bot.inDialog("Préférences", () -> PreferencesUtil
				.createPreferenceDialogOn(PlatformUI.getWorkbench().getActiveWorkbenchWindow().getShell(), SegurPreferencePage.ID, null, null).open(),
				dialog -> {
					Table table = (Table) bot.byKey(dialog, "preferences.profils");
					assertEquals("Mailiz ; Esclave d'identité", bot.select(table, "ANS0000001").getText(1));
					bot.inDialog("Profils d'un numéro ANS", () -> bot.click(bot.button(dialog, "Ajouter…")), profile -> {
						bot.type((Text) bot.byKey(profile, "preferences.profil.ans"), "ANS0000002");
						Table offered = (Table) bot.byKey(profile, "preferences.profil.profils");
						bot.check(offered, "Centre de santé");
						bot.check(offered, "Mailiz");
						bot.click(bot.button(profile, "OK"));
					});
					bot.select(table, "ANS0000002");
					bot.type((Text) bot.byKey(dialog, "preferences.depot"), temp.toString());
					bot.click(bot.button(dialog, "Appliquer et fermer"));
				});

		assertEquals(Map.of("ANS0000001", List.of("Mailiz", "Esclave d'identité"), "ANS0000002", List.of("Mailiz", "Centre de santé")),
				ProfilesFile.read(), "checked in the list's order");
		assertEquals(Set.of("Mailiz", "Centre de santé"), ProfilsDeclares.read(file).of("ANS0000002").orElseThrow());
		assertEquals(temp, DepositPreferences.depositFolder());
	}
}
