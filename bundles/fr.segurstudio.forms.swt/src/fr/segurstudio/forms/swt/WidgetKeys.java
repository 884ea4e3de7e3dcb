package fr.segurstudio.forms.swt;

/**
 * The data keys by which tests, the UI bot and tools find a widget ({@code widget.setData(WidgetKeys.KEY, "numeroAns")}):
 * one definition for the forms, the dossier editor's pages, the wizards and the preference pages.
 */
public final class WidgetKeys {

	/** The name of a widget: a form's control's JSON key ({@code nomMandataire}), a page's field ({@code filtre.statut}). */
	public static final String KEY = "segur.key";
	/** The path of the value a form's widget edits, from the dossier: {@code lignesImport[0].beneficiaires.nomMandataire}. */
	public static final String PATH = "segur.path";

	private WidgetKeys() {
	}
}
