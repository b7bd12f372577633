package org.policylens.ingest;

/**
 * Text decoded from a file's bytes.
 *
 * @param text    the decoded text, without a byte order mark
 * @param charset the name of the charset it was decoded with, e.g. UTF-8, GB18030, Big5
 */
public record DecodedText(String text, String charset) {
}
