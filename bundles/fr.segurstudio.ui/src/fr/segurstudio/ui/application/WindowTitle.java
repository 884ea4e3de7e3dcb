package fr.segurstudio.ui.application;

import org.eclipse.osgi.util.NLS;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IPartListener2;
import org.eclipse.ui.IPropertyListener;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchPart;
import org.eclipse.ui.IWorkbenchPartConstants;
import org.eclipse.ui.IWorkbenchPartReference;
import org.eclipse.ui.application.IWorkbenchWindowConfigurer;

import fr.segurstudio.ui.Messages;

/** "Ségur Studio", or "bio.segur – Ségur Studio" while an editor is active (its input renamed: updated too). */
final class WindowTitle implements IPartListener2 {

	private final IWorkbenchWindowConfigurer configurer;
	private IEditorPart shown;
	private final IPropertyListener titleChanged = (source, property) -> {
		if (property == IWorkbenchPartConstants.PROP_TITLE || property == IWorkbenchPartConstants.PROP_INPUT) {
			update();
		}
	};

	WindowTitle(IWorkbenchWindowConfigurer configurer) {
		this.configurer = configurer;
	}

	void install() {
		configurer.getWindow().getPartService().addPartListener(this);
		update();
	}

	private void update() {
		IWorkbenchPage page = configurer.getWindow().getActivePage();
		IEditorPart editor = page == null ? null : page.getActiveEditor();
		if (editor != shown) {
			if (shown != null) {
				shown.removePropertyListener(titleChanged);
			}
			shown = editor;
			if (editor != null) {
				editor.addPropertyListener(titleChanged);
			}
		}
		String title = editor == null ? Messages.windowTitle : NLS.bind(Messages.windowTitleWithEditor, editor.getEditorInput().getName());
		if (!title.equals(configurer.getTitle())) {
			configurer.setTitle(title);
		}
	}

	@Override
	public void partActivated(IWorkbenchPartReference ref) {
		update();
	}

	@Override
	public void partBroughtToTop(IWorkbenchPartReference ref) {
		update();
	}

	@Override
	public void partClosed(IWorkbenchPartReference ref) {
		IWorkbenchPart part = ref.getPart(false);
		if (part != null && part == shown) {
			shown.removePropertyListener(titleChanged);
			shown = null;
		}
		update();
	}

	@Override
	public void partOpened(IWorkbenchPartReference ref) {
		update();
	}

	@Override
	public void partInputChanged(IWorkbenchPartReference ref) {
		update();
	}
}
