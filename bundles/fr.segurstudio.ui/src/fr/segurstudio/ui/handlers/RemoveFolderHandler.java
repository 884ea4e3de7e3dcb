package fr.segurstudio.ui.handlers;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.runtime.Adapters;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.handlers.HandlerUtil;

import fr.segurstudio.ui.Messages;
import fr.segurstudio.workspace.DossierFolders;

/** Retirer de l'explorateur: the opened folder's link goes, its files stay on disk. */
public final class RemoveFolderHandler extends AbstractHandler {

	@Override
	public Object execute(ExecutionEvent event) {
		List<IResource> roots = new ArrayList<>();
		if (HandlerUtil.getCurrentSelection(event) instanceof IStructuredSelection selection) {
			for (Object element : selection) {
				IResource resource = Adapters.adapt(element, IResource.class);
				if (OpenedRootTester.isOpenedRoot(resource)) {
					roots.add(resource);
				}
			}
		}
		Shell shell = HandlerUtil.getActiveShell(event);
		String names = String.join(", ", roots.stream().map(r -> "« " + r.getName() + " »").toList());
		if (roots.isEmpty() || !MessageDialog.openConfirm(shell, Messages.removeTitle, NLS.bind(Messages.removeQuestion, names))) {
			return null;
		}
		for (IResource root : roots) {
			try {
				DossierFolders.remove(root, null);
			} catch (CoreException e) {
				MessageDialog.openError(shell, Messages.removeTitle, NLS.bind(Messages.removeFailed, root.getName(), e.getMessage()));
			}
		}
		return null;
	}
}
