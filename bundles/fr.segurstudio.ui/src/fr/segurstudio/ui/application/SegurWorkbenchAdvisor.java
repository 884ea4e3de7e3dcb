package fr.segurstudio.ui.application;

import java.lang.reflect.InvocationTargetException;
import java.nio.file.Path;
import java.util.List;

import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IAdaptable;
import org.eclipse.core.runtime.Platform;
import org.eclipse.core.runtime.SubMonitor;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.dialogs.ProgressMonitorDialog;
import org.eclipse.jface.resource.ImageDescriptor;
import org.eclipse.osgi.util.NLS;
import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.application.IWorkbenchConfigurer;
import org.eclipse.ui.application.IWorkbenchWindowConfigurer;
import org.eclipse.ui.application.WorkbenchAdvisor;
import org.eclipse.ui.application.WorkbenchWindowAdvisor;
import org.eclipse.ui.ide.IDE;
import org.eclipse.ui.navigator.CommonNavigator;
import org.osgi.framework.Bundle;

import fr.segurstudio.ui.Messages;
import fr.segurstudio.ui.OpenWork;
import fr.segurstudio.ui.files.Recovery;
import fr.segurstudio.ui.StartupLog;
import fr.segurstudio.ui.preferences.SegurPreferencePage;
import fr.segurstudio.workspace.DossierFolders;

/**
 * The workbench of Ségur Studio, in the style of the IDE's: the IDE's adapters and images, the workspace
 * as the explorer's input (its project "Dossiers" holds the opened folders), last session's windows and editors restored
 * (their state saved as work goes on: SessionSaves), the copies of saves a crash cut offered back (Recovery),
 * the workspace saved on exit with a progress dialog.
 */
public final class SegurWorkbenchAdvisor extends WorkbenchAdvisor {

	/** IDE images the platform's views use (Problems, Project Explorer), as the IDE's advisor declares them. */
	private static final String[][] IDE_IMAGES = { { "IMG_OBJ_PROJECT", "obj16/prj_obj.svg" }, { "IMG_OBJ_PROJECT_CLOSED", "obj16/cprj_obj.svg" },
			{ "IMG_OPEN_MARKER", "elcl16/gotoobj_tsk.svg" }, { "IMG_ELCL_QUICK_FIX_ENABLED", "elcl16/smartmode_co.svg" },
			{ "IMG_OBJS_FIXABLE_WARNING", "obj16/quickfix_warning_obj.svg" }, { "IMG_OBJS_FIXABLE_ERROR", "obj16/quickfix_error_obj.svg" },
			{ "IMG_OBJS_FIXABLE_INFO", "obj16/quickfix_info_obj.svg" }, { "IMG_OBJS_TASK_TSK", "obj16/taskmrk_tsk.svg" },
			{ "IMG_OBJS_BKMRK_TSK", "obj16/bkmrk_tsk.svg" }, { "IMG_OBJS_COMPLETE_TSK", "obj16/complete_tsk.svg" },
			{ "IMG_OBJS_INCOMPLETE_TSK", "obj16/incomplete_tsk.svg" }, { "IMG_OBJS_ERROR_PATH", "obj16/error_tsk.svg" },
			{ "IMG_OBJS_WARNING_PATH", "obj16/warn_tsk.svg" }, { "IMG_OBJS_INFO_PATH", "obj16/info_tsk.svg" },
			{ "IMG_LCL_FLAT_LAYOUT", "elcl16/flatLayout.svg" }, { "IMG_LCL_HIERARCHICAL_LAYOUT", "elcl16/hierarchicalLayout.svg" },
			{ "IMG_ETOOL_PROBLEM_CATEGORY", "etool16/problem_category.svg" }, { "IMG_ETOOL_PROBLEMS_VIEW", "eview16/problems_view.svg" },
			{ "IMG_ETOOL_PROBLEMS_VIEW_ERROR", "eview16/problems_view_error.svg" },
			{ "IMG_ETOOL_PROBLEMS_VIEW_WARNING", "eview16/problems_view_warning.svg" },
			{ "IMG_ETOOL_PROBLEMS_VIEW_INFO", "eview16/problems_view_info.svg" } };

	private final List<Path> toOpen;

	public SegurWorkbenchAdvisor(List<Path> toOpen) {
		this.toOpen = List.copyOf(toOpen);
	}

	@Override
	public void initialize(IWorkbenchConfigurer configurer) {
		super.initialize(configurer);
		configurer.setSaveAndRestore(true);
		IDE.registerAdapters();
		Bundle ide = Platform.getBundle("org.eclipse.ui.ide");
		for (String[] image : IDE_IMAGES) {
			ImageDescriptor descriptor = ImageDescriptor.createFromURL(ide.getEntry("icons/full/" + image[1]));
			configurer.declareImage(image[0], descriptor, true);
		}
	}

	@Override
	public void preStartup() {
		StartupLog.phase("workbench created");
		try {
			DossierFolders.project(null); // where opened folders are linked
			DossierFolders.tidy(null); // one link per real path, also for links an older version wrote
		} catch (CoreException e) {
			Platform.getLog(getClass()).log(e.getStatus());
		}
	}

	@Override
	public void postStartup() {
		StartupLog.phase("workbench started (editors restored)");
		IWorkbenchWindow[] windows = getWorkbenchConfigurer().getWorkbench().getWorkbenchWindows();
		IWorkbenchWindow active = getWorkbenchConfigurer().getWorkbench().getActiveWorkbenchWindow();
		IWorkbenchWindow window = active != null ? active : windows.length > 0 ? windows[0] : null; // not active yet without a window manager
		if (window == null) {
			return;
		}
		SessionSaves.install(getWorkbenchConfigurer().getWorkbench(), ResourcesPlugin.getWorkspace().getRoot().getLocation().toPath());
		window.getShell().getDisplay().asyncExec(() -> {
			showOpenedFolders(window);
			Recovery.offer(window.getShell(), Recovery.opened()); // a save a crash cut: its copy is offered back
			if (!toOpen.isEmpty()) {
				OpenWork.open(window, toOpen);
			}
			StartupLog.phase("window answers (event loop running)");
		});
	}

	/** The explorer does not keep its tree's expansion between sessions: the opened folders are shown again. */
	private static void showOpenedFolders(IWorkbenchWindow window) {
		if (window.getActivePage() != null
				&& window.getActivePage().findView(IPageLayout.ID_PROJECT_EXPLORER) instanceof CommonNavigator explorer) {
			explorer.getCommonViewer().expandToLevel(DossierFolders.project(), 1);
		}
	}

	@Override
	public WorkbenchWindowAdvisor createWorkbenchWindowAdvisor(IWorkbenchWindowConfigurer configurer) {
		return new SegurWindowAdvisor(configurer);
	}

	@Override
	public String getInitialWindowPerspectiveId() {
		return DossiersPerspective.ID;
	}

	/** The workspace, whose one project holds the opened folders (the explorer shows it as "Dossiers"). */
	@Override
	public IAdaptable getDefaultPageInput() {
		return ResourcesPlugin.getWorkspace().getRoot();
	}

	@Override
	public String getMainPreferencePageId() {
		return SegurPreferencePage.ID;
	}

	/** Saves the workspace (markers, links, history) with a progress dialog, as the IDE does. */
	@Override
	public void postShutdown() {
		try {
			new ProgressMonitorDialog(null).run(true, false, monitor -> {
				try {
					ResourcesPlugin.getWorkspace().save(true, SubMonitor.convert(monitor, Messages.savingWorkspace, 1).split(1));
				} catch (CoreException e) {
					throw new InvocationTargetException(e);
				}
			});
		} catch (InvocationTargetException e) {
			MessageDialog.openError(null, Messages.savingWorkspace, NLS.bind(Messages.savingWorkspaceFailed, e.getCause().getMessage()));
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
		}
	}
}
