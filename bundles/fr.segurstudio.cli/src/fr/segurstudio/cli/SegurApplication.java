package fr.segurstudio.cli;

import java.io.BufferedOutputStream;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.eclipse.equinox.app.IApplication;
import org.eclipse.equinox.app.IApplicationContext;
import org.osgi.framework.Bundle;
import org.osgi.framework.FrameworkUtil;

/**
 * The headless application behind {@code ./segur COMMAND}. Output is UTF-8 whatever the locale, and
 * the exit code is the application's result (Equinox passes an Integer result to System.exit).
 */
public final class SegurApplication implements IApplication {

	@Override
	public Object start(IApplicationContext appContext) {
		String[] args = (String[]) appContext.getArguments().get(IApplicationContext.APPLICATION_ARGS);
		Bundle bundle = FrameworkUtil.getBundle(getClass());
		WriteFailures.Recording stdout = new WriteFailures.Recording(new FileOutputStream(FileDescriptor.out));
		WriteFailures.Recording stderr = new WriteFailures.Recording(new FileOutputStream(FileDescriptor.err));
		PrintStream out = buffered(stdout);
		PrintStream err = buffered(stderr);
		int code = run(bundle, args == null ? new String[0] : args, out, err, Path.of(System.getProperty("user.dir")));
		return Integer.valueOf(WriteFailures.exitCode(code, stdout, stderr, err));
	}

	/**
	 * One call of the command line, as a one-shot run and the resident process make it: its exit code, its
	 * output flushed; whatever escapes the command (an Error while printing) is one French line and exit 2. A
	 * working directory that no longer exists (deleted under the shell) is said, exit 2: relative paths would
	 * mean nothing.
	 */
	static int run(Bundle bundle, String[] args, PrintStream out, PrintStream err, Path workingDirectory) {
		if (!Files.isDirectory(workingDirectory)) {
			err.println(Messages.workingDirectoryGone);
			err.flush();
			return CliCommand.USAGE;
		}
		try (OsgiContext context = new OsgiContext(bundle.getBundleContext(), out, err, workingDirectory)) {
			int code = new SegurCli(bundle.getVersion().toString(), SegurCli.standardCommands()).run(args, context);
			out.flush();
			err.flush();
			return code;
		} catch (Throwable e) { // Equinox would log it and exit 0
			out.flush();
			err.println(Failures.message(e));
			err.flush();
			return CliCommand.USAGE;
		}
	}

	/**
	 * An output of the command line: UTF-8, buffered, flushed at the end (and by a command that must be heard
	 * at once, the export's wait): a bulk run prints tens of thousands of lines, one write(2) each with autoflush.
	 */
	static PrintStream buffered(OutputStream stream) {
		return new PrintStream(new BufferedOutputStream(stream, 1 << 14), false, StandardCharsets.UTF_8);
	}

	@Override
	public void stop() {
		// commands are short; nothing to interrupt
	}
}
