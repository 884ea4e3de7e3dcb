package fr.segurstudio.ui.handlers;

import java.util.stream.Collectors;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.osgi.util.NLS;
import org.eclipse.ui.handlers.HandlerUtil;

import fr.segurstudio.model.couloir.CouloirRegistry;
import fr.segurstudio.ui.Messages;
import fr.segurstudio.ui.Services;

/** Shows what the product is and which couloir plug-ins are installed (the registry is an OSGi service). */
public final class AboutHandler extends AbstractHandler {

	@Override
	public Object execute(ExecutionEvent event) {
		CouloirRegistry couloirs = Services.get(CouloirRegistry.class);
		String list = couloirs == null ? "" : couloirs.couloirs().stream().map(c -> "  " + c.id() + " – " + c.label()).collect(Collectors.joining("\n"));
		MessageDialog.openInformation(HandlerUtil.getActiveShell(event), Messages.aboutTitle,
				NLS.bind(Messages.aboutText, list.isEmpty() ? Messages.aboutNoCouloir : list));
		return null;
	}
}
