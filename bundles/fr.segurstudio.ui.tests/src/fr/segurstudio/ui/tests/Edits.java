package fr.segurstudio.ui.tests;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;

import org.eclipse.jface.text.IDocument;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.ide.IDE;
import org.eclipse.ui.texteditor.ITextEditor;

import fr.segurstudio.dsl.editor.SegurTextEditor;
import fr.segurstudio.ui.dossier.DossierEditor;

/** A dossier of an opened folder, opened in one of the workbench's editors with one value changed: nomMandataire DURAND → DUPONT. */
enum Edits {
	/** The dossier editor, the value typed in the first request's form. */
	FORM_PAGE,
	/** The dossier editor's Texte page. */
	TEXT_PAGE,
	/** Ouvrir avec > Éditeur de texte Ségur. */
	SEGUR_TEXT_EDITOR,
	/** Ouvrir avec > Éditeur de texte, on a .segur file. */
	PLAIN_TEXT_EDITOR,
	/** Ouvrir avec > Éditeur de texte, on an ASP .json file. */
	JSON_TEXT_EDITOR;

	IEditorPart open(WorkbenchFixture workbench, Path file) throws Exception {
		switch (this) {
		case FORM_PAGE -> {
			DossierEditor editor = workbench.open(file);
			workbench.bot.type((Text) workbench.field(editor, "nomMandataire"), "DUPONT");
			workbench.bot.waitFor("the edit in the model", editor::isDirty);
			return editor;
		}
		case TEXT_PAGE -> {
			DossierEditor editor = workbench.open(file);
			editor.showTextPage();
			workbench.bot.pump(100);
			SegurTextEditor text = editor.textPage().editor();
			text.setText(text.text().replaceFirst("nomMandataire \"DURAND\"", "nomMandataire \"DUPONT\""));
			return editor;
		}
		default -> {
			String id = switch (this) {
			case SEGUR_TEXT_EDITOR -> SegurTextEditor.ID;
			case JSON_TEXT_EDITOR -> "fr.segurstudio.ui.jsonTextEditor";
			default -> "fr.segurstudio.ui.textEditor";
			};
			ITextEditor editor = (ITextEditor) IDE.openEditor(workbench.window.getActivePage(), workbench.workspaceFile(file), id);
			IDocument document = editor.getDocumentProvider().getDocument(editor.getEditorInput());
			String key = this == JSON_TEXT_EDITOR ? "\"nomMandataire\": \"DURAND\"" : "nomMandataire \"DURAND\"";
			int at = document.get().indexOf(key);
			assertTrue(at >= 0, key);
			document.replace(at, key.length(), key.replace("DURAND", "DUPONT"));
			return editor;
		}
		}
	}
}
