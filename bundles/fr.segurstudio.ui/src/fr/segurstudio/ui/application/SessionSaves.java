package fr.segurstudio.ui.application;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;

import javax.xml.parsers.ParserConfigurationException;
import javax.xml.parsers.SAXParserFactory;

import org.eclipse.core.runtime.jobs.IJobChangeEvent;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.core.runtime.jobs.JobChangeAdapter;
import org.eclipse.ui.IEditorReference;
import org.eclipse.ui.IPartListener2;
import org.eclipse.ui.IWindowListener;
import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.IWorkbenchPartReference;
import org.eclipse.ui.IWorkbenchWindow;
import org.xml.sax.SAXException;
import org.xml.sax.helpers.DefaultHandler;

import fr.segurstudio.json.deposit.AtomicFiles;

/**
 * The workbench's state — its window, the open editors and their files — saved as work goes on, not only at exit,
 * so that after a crash or a kill the session comes back: the platform saves it every minute when it changed
 * ({@code WORKBENCH_SAVE_INTERVAL=1} in plugin_customization.ini), and this brings that save forward to a few seconds
 * after an editor is opened or closed (the platform's own save job, woken early: it writes what it would write, the
 * editors' files included). The platform writes its model file in place (truncated, then written): after each of its
 * saves a whole copy is kept, written atomically, and at start a model file a crash cut in the middle is replaced by
 * that copy before the workbench reads it.
 */
public final class SessionSaves {

	/** The platform's periodic save of the workbench (org.eclipse.ui.internal.Workbench.WORKBENCH_AUTO_SAVE_JOB). */
	static final String PLATFORM_JOB = "Workbench Auto-Save Job";
	/** An editor opened or closed: the state is saved this long after (a few opened at once make one save). */
	static final long AFTER_EDITOR_MS = 2_000;

	/** The platform's model file, and the whole copy kept of it, under the workspace's folder. */
	public static final String MODEL = ".metadata/.plugins/org.eclipse.e4.workbench/workbench.xmi";
	public static final String WHOLE_COPY = ".metadata/.plugins/org.eclipse.e4.workbench/workbench.xmi.whole";

	private SessionSaves() {
	}

	static void install(IWorkbench workbench, Path instanceArea) {
		EditorsOpenedOrClosed editors = new EditorsOpenedOrClosed();
		workbench.addWindowListener(editors);
		Arrays.stream(workbench.getWorkbenchWindows()).forEach(editors::windowOpened);
		Job.getJobManager().addJobChangeListener(new JobChangeAdapter() {
			@Override
			public void done(IJobChangeEvent event) {
				if (event.getJob().belongsTo(PLATFORM_JOB)) { // its background write of the model ended
					keepWholeCopy(instanceArea);
				}
			}
		});
	}

	/** A copy of the model file as the platform just wrote it, when it is whole (it reads as XML). */
	public static void keepWholeCopy(Path instanceArea) {
		try {
			byte[] model = Files.readAllBytes(instanceArea.resolve(MODEL));
			if (whole(model)) {
				AtomicFiles.write(instanceArea.resolve(WHOLE_COPY), model);
			}
		} catch (IOException e) {
			// the next save keeps one
		}
	}

	/**
	 * At start, before the workbench reads its model: a model file cut in the middle of a save (a crash while the
	 * platform wrote it) is replaced by the last whole copy — else the platform would start with an empty
	 * window and the session would be lost.
	 */
	public static void repair(Path instanceArea) {
		Path model = instanceArea.resolve(MODEL);
		Path copy = instanceArea.resolve(WHOLE_COPY);
		try {
			if (Files.isRegularFile(model) && !whole(Files.readAllBytes(model)) && Files.isRegularFile(copy)) {
				byte[] kept = Files.readAllBytes(copy);
				if (whole(kept)) {
					AtomicFiles.write(model, kept);
				}
			}
		} catch (IOException e) {
			// the platform starts with what there is
		}
	}

	private static boolean whole(byte[] xml) {
		try {
			SAXParserFactory.newInstance().newSAXParser().parse(new ByteArrayInputStream(xml), new DefaultHandler());
			return xml.length > 0;
		} catch (SAXException | ParserConfigurationException | IOException e) {
			return false;
		}
	}

	/** The platform's save job, waiting for its next minute, runs in a few seconds instead. */
	private static void soon() {
		for (Job job : Job.getJobManager().find(null)) {
			if (PLATFORM_JOB.equals(job.getName()) && (job.getState() == Job.WAITING || job.getState() == Job.SLEEPING) && job.sleep()) {
				job.wakeUp(AFTER_EDITOR_MS);
			}
		}
	}

	/** Each editor opened or closed, in any window, brings the next save forward. */
	private static final class EditorsOpenedOrClosed implements IPartListener2, IWindowListener {

		@Override
		public void windowOpened(IWorkbenchWindow window) {
			window.getPartService().addPartListener(this);
		}

		@Override
		public void windowClosed(IWorkbenchWindow window) {
			window.getPartService().removePartListener(this);
		}

		@Override
		public void windowActivated(IWorkbenchWindow window) {
			// nothing changes in the state
		}

		@Override
		public void windowDeactivated(IWorkbenchWindow window) {
			// nothing changes in the state
		}

		@Override
		public void partOpened(IWorkbenchPartReference reference) {
			if (reference instanceof IEditorReference) {
				soon();
			}
		}

		@Override
		public void partClosed(IWorkbenchPartReference reference) {
			if (reference instanceof IEditorReference) {
				soon();
			}
		}
	}
}
