package fr.segurstudio.ui.application;

import org.eclipse.ui.IFolderLayout;
import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.IPerspectiveFactory;

/**
 * "Dossiers": the explorer on the left, editors in the centre, Problems and Progress below, the outline on the right.
 * The editor gets most of the width (about 770 of 1280 pixels): the Demandes page's table and form are where a day
 * goes; the explorer and the outline are glanced at, and dragged wider when needed.
 */
public final class DossiersPerspective implements IPerspectiveFactory {

	public static final String ID = "fr.segurstudio.ui.perspective.dossiers";
	public static final String LEFT = "fr.segurstudio.ui.folder.left";
	public static final String BOTTOM = "fr.segurstudio.ui.folder.bottom";
	public static final String RIGHT = "fr.segurstudio.ui.folder.right";

	@Override
	public void createInitialLayout(IPageLayout layout) {
		String editors = layout.getEditorArea();
		layout.setEditorAreaVisible(true);
		IFolderLayout left = layout.createFolder(LEFT, IPageLayout.LEFT, 0.25f, editors);
		left.addView(IPageLayout.ID_PROJECT_EXPLORER);
		IFolderLayout bottom = layout.createFolder(BOTTOM, IPageLayout.BOTTOM, 0.70f, editors);
		bottom.addView(IPageLayout.ID_PROBLEM_VIEW);
		bottom.addView(IPageLayout.ID_PROGRESS_VIEW);
		IFolderLayout right = layout.createFolder(RIGHT, IPageLayout.RIGHT, 0.80f, editors);
		right.addView(IPageLayout.ID_OUTLINE);
		for (String view : new String[] { IPageLayout.ID_PROJECT_EXPLORER, IPageLayout.ID_PROBLEM_VIEW, IPageLayout.ID_PROGRESS_VIEW,
				IPageLayout.ID_OUTLINE }) {
			layout.addShowViewShortcut(view);
		}
	}
}
