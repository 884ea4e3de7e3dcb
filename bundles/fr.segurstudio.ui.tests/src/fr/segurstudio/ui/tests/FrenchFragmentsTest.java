package fr.segurstudio.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URL;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Enumeration;
import java.util.List;
import java.util.Properties;

import org.eclipse.core.runtime.Platform;
import org.junit.jupiter.api.Test;
import org.osgi.framework.Bundle;
import org.osgi.framework.Constants;

/**
 * The platform's French texts, read from the translation fragments installed in the runtime against the host's
 * English: none holds an English word of the list {@link FrenchUITest} sweeps the screens with (so what the sweep
 * cannot reach is checked too), and that list does catch the platform's English, the texts the product showed
 * before first.
 */
class FrenchFragmentsTest {

	private static final String PREFIX = "fr.segurstudio.nls.fr.";

	/** A French text of a fragment with the host's English for the same key. */
	record Translation(String file, String key, String english, String french) {
	}

	@Test
	void noFrenchTextOfTheFragmentsHoldsAnEnglishWord() {
		List<Translation> all = translations();
		List<String> english = new ArrayList<>();
		for (Translation t : all) {
			if (!VisibleTexts.isKeySequence(t.french()) && !VisibleTexts.englishWords(t.french()).isEmpty()) {
				english.add(t.file() + " " + t.key() + " = " + t.french() + " " + VisibleTexts.englishWords(t.french()));
			}
		}
		assertTrue(all.size() > 4000, "texts read: " + all.size());
		assertTrue(english.isEmpty(), english.size() + " French texts with an English word:\n" + String.join("\n", english));
	}

	@Test
	void theWordListCatchesThePlatformsEnglish() {
		List<Translation> all = translations();
		// the texts the product showed in English before its fragments: file of the host, key
		for (String[] text : new String[][] { { "org/eclipse/ui/internal/messages", "Save_Resource" },
				{ "org/eclipse/ui/internal/messages", "Dont_Save" }, { "org/eclipse/jface/messages", "PreferencesDialog.okButtonLabel" },
				{ "org/eclipse/jface/messages", "defaults" }, { "org/eclipse/jface/messages", "cancel" }, { "org/eclipse/jface/messages", "finish" },
				{ "org/eclipse/ui/texteditor/EditorMessages", "Editor_error_save_title" },
				{ "org/eclipse/ui/texteditor/EditorMessages", "Editor_error_activated_outofsync_title" },
				{ "org/eclipse/ui/texteditor/ConstructedEditorMessages", "Editor.GotoLine.dialog.title" },
				{ "texteditor/plugin", "toggleBlockSelectionMode.label" },
				{ "org/eclipse/ui/views/markers/internal/messages", "MarkerResolutionDialog_NoResolutionsFound" },
				{ "org/eclipse/jface/text/JFaceTextMessages", "DefaultUndoManager.operationLabel" } }) {
			Translation t = all.stream().filter(s -> s.file().endsWith(text[0] + "_fr.properties") && s.key().equals(text[1])).findFirst()
					.orElse(null);
			assertNotNull(t, text[1] + " translated");
			assertFalse(VisibleTexts.englishWords(t.english()).isEmpty(), "English seen in " + t);
			assertTrue(VisibleTexts.englishWords(t.french()).isEmpty(), "no English seen in " + t);
			assertNotEquals(t.english(), t.french(), text[1]);
		}
		// and most of the rest: what it misses is mostly words French shares (Description, Type, Options, Version)
		List<Translation> worded = all.stream().filter(t -> t.english().matches("(?s).*\\p{L}{3}.*")).toList();
		long caught = worded.stream().filter(t -> !VisibleTexts.englishWords(t.english()).isEmpty()).count();
		assertTrue(caught > worded.size() * 8 / 10, caught + " of " + worded.size() + " English texts caught");
	}

	@Test
	void keysKeepTheirFormalNamesAndAreNoEnglishWords() {
		for (String keys : List.of("Ctrl+Shift+L", "Arrow Up", "Page Down", "Ctrl+Home", "M1+M2+F", "Alt+Shift+Q P")) {
			assertTrue(VisibleTexts.isKeySequence(keys), keys);
		}
		assertFalse(VisibleTexts.isKeySequence("Save All"));
		assertEquals(List.of("Save", "All"), VisibleTexts.englishWords("Save All (Ctrl+Shift+S)"));
		assertEquals(List.of(), VisibleTexts.englishWords("Le fichier « Save As.json » de /home/marie/New Folder/a.segur : numeroEditeur"));
		assertEquals(List.of(), VisibleTexts.englishWords("Encodage UTF-16BE, {0,number,integer} sur {1}"));
	}

	/** Every text of every French fragment installed, each with the host's English of its key, as they show. */
	private static List<Translation> translations() {
		Bundle[] bundles = Platform.getBundle("fr.segurstudio.ui").getBundleContext().getBundles();
		List<Bundle> fragments = Arrays.stream(bundles).filter(b -> b.getSymbolicName().startsWith(PREFIX)).toList();
		assertTrue(fragments.size() >= 20, "fragments installed: " + fragments.size());
		List<Translation> all = new ArrayList<>();
		for (Bundle fragment : fragments) {
			Bundle host = Platform.getBundle(fragment.getHeaders("").get(Constants.FRAGMENT_HOST).split(";")[0].strip());
			assertNotNull(host, fragment.getSymbolicName() + "'s host");
			for (String path : frenchFiles(fragment, "/")) {
				Properties french = load(fragment.getEntry(path));
				Properties english = load(host.getEntry(path.replace("_fr.properties", ".properties")));
				for (String key : french.stringPropertyNames()) {
					all.add(new Translation(fragment.getSymbolicName() + path, key, VisibleTexts.shown(english.getProperty(key, "")),
							VisibleTexts.shown(french.getProperty(key))));
				}
			}
		}
		return all;
	}

	private static List<String> frenchFiles(Bundle bundle, String folder) {
		List<String> files = new ArrayList<>();
		Enumeration<String> paths = bundle.getEntryPaths(folder);
		while (paths != null && paths.hasMoreElements()) {
			String path = paths.nextElement();
			if (path.endsWith("/")) {
				files.addAll(frenchFiles(bundle, path));
			} else if (path.endsWith("_fr.properties")) {
				files.add(path.startsWith("/") ? path : "/" + path);
			}
		}
		return files;
	}

	private static Properties load(URL url) {
		assertNotNull(url, "a properties file of the host");
		Properties properties = new Properties();
		try (InputStream in = url.openStream()) {
			properties.load(in);
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		return properties;
	}
}
