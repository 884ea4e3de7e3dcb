package fr.segurstudio.cli;

import org.apache.log4j.ConsoleAppender;
import org.apache.log4j.Level;
import org.apache.log4j.Logger;
import org.apache.log4j.PatternLayout;

/**
 * The libraries' logs (Xtext logs through log4j) go to stderr from WARN up, so that stdout stays the
 * command's result and no "no appenders" notice appears.
 */
final class Logging {

	private Logging() {
	}

	static void configure() {
		Logger root = Logger.getRootLogger();
		if (!root.getAllAppenders().hasMoreElements()) {
			root.addAppender(new ConsoleAppender(new PatternLayout("segur : %p %c{1} : %m%n"), ConsoleAppender.SYSTEM_ERR));
		}
		root.setLevel(Level.WARN);
	}
}
