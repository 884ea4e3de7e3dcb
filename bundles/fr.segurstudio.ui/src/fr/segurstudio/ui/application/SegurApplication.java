package fr.segurstudio.ui.application;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.core.runtime.Platform;
import org.eclipse.equinox.app.IApplication;
import org.eclipse.equinox.app.IApplicationContext;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.osgi.service.datalocation.Location;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.PlatformUI;

import fr.segurstudio.ui.Messages;
import fr.segurstudio.ui.StartupLog;

/**
 * The GUI ({@code fr.segurstudio.ui.application}): the Eclipse 3.x workbench on the workspace given by
 * {@code -data} (the start script gives {@code ~/.segur-studio/workspace}). The paths to open come as
 * {@code --open PATH} arguments (the start script turns {@code segur PATH...} into them), relative ones
 * resolved against the caller's working directory.
 */
public final class SegurApplication implements IApplication {

	/** The argument before each path to open. */
	public static final String OPEN = "--open";

	@Override
	public Object start(IApplicationContext context) throws Exception {
		StartupLog.phase("application started (bundles resolved)");
		Display display = PlatformUI.createDisplay();
		Location workspace = Platform.getInstanceLocation();
		try {
			if (!lock(display, workspace)) {
				return EXIT_OK;
			}
			if (workspace != null && workspace.isSet()) {
				SessionSaves.repair(Path.of(workspace.getURL().getPath())); // a model a crash cut: its last whole copy
			}
			context.applicationRunning();
			String[] args = (String[]) context.getArguments().get(IApplicationContext.APPLICATION_ARGS);
			int code = PlatformUI.createAndRunWorkbench(display, new SegurWorkbenchAdvisor(paths(args, Path.of(System.getProperty("user.dir")))));
			return code == PlatformUI.RETURN_RESTART ? EXIT_RESTART : EXIT_OK;
		} finally {
			if (workspace != null && workspace.isLocked()) {
				workspace.release();
			}
			display.dispose();
		}
	}

	@Override
	public void stop() {
		if (!PlatformUI.isWorkbenchRunning()) {
			return;
		}
		Display display = PlatformUI.getWorkbench().getDisplay();
		display.syncExec(() -> {
			if (!display.isDisposed()) {
				PlatformUI.getWorkbench().close();
			}
		});
	}

	/** The values of the {@code --open} arguments, as absolute paths. */
	static List<Path> paths(String[] args, Path workingDirectory) {
		List<Path> paths = new ArrayList<>();
		for (int i = 0; args != null && i + 1 < args.length; i++) {
			if (OPEN.equals(args[i])) {
				paths.add(workingDirectory.resolve(args[++i]).toAbsolutePath().normalize());
			}
		}
		return paths;
	}

	/** One Ségur Studio per workspace: a second one says so instead of failing in the platform's words. */
	private static boolean lock(Display display, Location workspace) {
		if (workspace == null || !workspace.isSet()) {
			return true; // the platform asks or fails itself
		}
		String where = workspace.getURL().getFile();
		try {
			if (workspace.lock()) {
				return true;
			}
			MessageDialog.openError(new Shell(display), Messages.workspaceInUseTitle, NLS.bind(Messages.workspaceInUse, where));
		} catch (IOException e) {
			MessageDialog.openError(new Shell(display), Messages.workspaceInUseTitle, NLS.bind(Messages.workspaceCannotLock, where, e.getMessage()));
		}
		return false;
	}
}
