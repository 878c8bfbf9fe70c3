//! WARC files in batch mode, read with the `fastwarc` crate (the Rust core
//! of Resiliparse's FastWARC; docs/batch.md says why this one).
//!
//! A page is a `response` record holding an HTTP response with a 2xx status
//! and an HTML content type (`text/html`, `application/xhtml+xml`; when the
//! response names none, the `WARC-Identified-Payload-Type` that Common Crawl
//! adds), or a `resource` record with an HTML content type. Its body is
//! decoded as HTTP says (`Transfer-Encoding: chunked`, `Content-Encoding:
//! gzip`, `deflate`, `br`, `zstd`) by the worker, and the charset of its
//! `Content-Type` header, when it names one, decodes the page, as a browser
//! would. Other responses and
//! resources are skipped (and counted); `request`, `metadata`, `warcinfo`,
//! `revisit` records are not pages.
//!
//! Gzip is recognized by its magic bytes: one gzip member per record (as
//! Common Crawl writes them) or one for the whole file. A record is read as
//! a stream: a body over `--max-input-bytes` is refused without being kept,
//! and a skipped record's body is never held in memory.

use std::io::{self, BufReader, Read};

use encoding_rs::Encoding;
use fastwarc::stream_io::brotli::BrotliReader;
use fastwarc::stream_io::chunked::ChunkedReader;
use fastwarc::stream_io::zstd::ZstdReader;
use fastwarc::warc::header::WarcHeader;
use fastwarc::warc::iter::{ArchiveIterator, ArchiveIteratorOptions};
use fastwarc::warc::record::{AutoDecode, SharedWarcRecord, WarcRecord, WarcRecordType};
use flate2::read::{DeflateDecoder, MultiGzDecoder, ZlibDecoder};

use super::source::{self, Positioned};
use super::{Emitter, Origin, Payload};
use crate::input;
use crate::process::FileError;

/// What a WARC record is to batch mode (short-lived: boxing the page would
/// only add an allocation).
#[allow(clippy::large_enum_variant)]
enum Record {
    /// Not a response or a resource: not a candidate at all.
    Other,
    /// A response or resource that is not an HTML page with a 2xx status.
    Skipped,
    /// A page, or a page that could not be read.
    Page {
        origin: Origin,
        url: Option<String>,
        payload: Payload,
    },
    /// The stream broke inside this record: its error ends the file.
    Broken {
        origin: Origin,
        url: Option<String>,
        error: FileError,
    },
}

/// Reads the pages of a WARC stream named `name`, handing them to `emit`.
/// Returns `false` when the run is stopping.
pub fn read(
    name: &str,
    stream: impl Read + Send + 'static,
    limit: usize,
    emit: &mut Emitter,
) -> bool {
    // Gzip is decompressed here rather than by fastwarc, whose reader takes
    // a gzip stream cut short for its end; flate2 reports it.
    let stream = match source::buffered(stream) {
        Ok(stream) => stream,
        Err(error) => {
            let origin = Origin::file(name);
            return emit.emit(origin, None, Payload::Failed(stream_error(&error)));
        }
    };
    let options = ArchiveIteratorOptions {
        // HTTP is parsed per record below, so that a malformed response
        // fails that record only.
        parse_http: false,
        ..ArchiveIteratorOptions::default()
    };
    let stream = BufReader::with_capacity(64 << 10, Positioned::new(stream));
    let records = ArchiveIterator::with_options(stream, options);
    for item in records {
        let record = match item {
            Ok(record) => record,
            Err(error) => {
                // A broken stream (bad gzip data, a malformed WARC header):
                // nothing after this point can be trusted.
                let origin = Origin::file(name);
                return emit.emit(origin, None, Payload::Failed(stream_error(&error)));
            }
        };
        match record.with_mut(|record| classify(name, record, limit)) {
            Record::Other => {}
            Record::Skipped => emit.skipped(),
            Record::Page {
                origin,
                url,
                payload,
            } => {
                if !emit.emit(origin, url, payload) {
                    return false;
                }
            }
            Record::Broken { origin, url, error } => {
                return emit.emit(origin, url, Payload::Failed(error));
            }
        }
    }
    true
}

fn classify(name: &str, record: &mut WarcRecord, limit: usize) -> Record {
    let origin = Origin {
        warc_record_id: header(record, WarcHeader::WarcRecordId),
        warc_target_uri: header(record, WarcHeader::WarcTargetUri),
        warc_date: header(record, WarcHeader::WarcDate),
        ..Origin::file(name)
    };
    let url = origin.warc_target_uri.clone().filter(|u| !u.is_empty());
    let failed = |origin: Origin, url: Option<String>, error: FileError| Record::Page {
        origin,
        url,
        payload: Payload::Failed(error),
    };
    if !record.headers().contains_key(WarcHeader::ContentLength) {
        // fastwarc gives a record whose header the end of the file cut.
        let error = FileError::new(
            "InvalidRecord",
            "the WARC file ends inside a record header (no Content-Length)",
        );
        return Record::Broken { origin, url, error };
    }
    let mut codings = Vec::new();
    let (content_type, charset) = match record.record_type() {
        WarcRecordType::Response if record.is_http() => {
            // The body is decoded by the worker, not by fastwarc: its
            // decoding readers leave the end of a chunked, compressed body
            // unread, and the records after it are then lost.
            if let Err(error) = record.parse_http_with_decode(AutoDecode::None) {
                let error = FileError::new(
                    "InvalidRecord",
                    format!("cannot parse the HTTP response: {error}"),
                );
                return failed(origin, url, error);
            }
            let Some(http) = record.http_headers() else {
                return Record::Skipped;
            };
            if !matches!(http.status_code(), Some(200..=299)) {
                return Record::Skipped;
            }
            // Content codings are applied first, transfer codings on top.
            for (name, transfer) in [("Content-Encoding", false), ("Transfer-Encoding", true)] {
                for value in http.get_multiple(name) {
                    match codings_of(&value, transfer) {
                        Ok(list) => codings.extend(list),
                        Err(error) => return failed(origin, url, error),
                    }
                }
            }
            let content_type = record
                .http_content_type()
                .filter(|t| !t.is_empty())
                .or_else(|| header(record, WarcHeader::WarcIdentifiedPayloadType));
            (content_type, record.http_charset().map(|c| c.into_owned()))
        }
        WarcRecordType::Resource => {
            let value = header(record, WarcHeader::ContentType).unwrap_or_default();
            let (content_type, charset) = split_content_type(&value);
            (Some(content_type), charset)
        }
        _ => return Record::Other,
    };
    if !content_type.as_deref().is_some_and(is_html) {
        return Record::Skipped;
    }
    let expected = record.content_length();
    let Some(body) = record.reader_mut() else {
        return failed(
            origin,
            url,
            FileError::new("InvalidRecord", "record without a body"),
        );
    };
    let mut bytes = Vec::new();
    let cap = u64::try_from(limit).unwrap_or(u64::MAX).saturating_add(1);
    if let Err(error) = body.take(cap).read_to_end(&mut bytes) {
        let error = stream_error(&error);
        return Record::Broken { origin, url, error };
    }
    if (bytes.len() as u64) < expected.min(cap) {
        // fastwarc stops quietly where a file ends: the body is short.
        let error = FileError::new(
            "InvalidRecord",
            format!(
                "the WARC file ends inside this record ({} of {expected} bytes)",
                bytes.len()
            ),
        );
        return Record::Broken { origin, url, error };
    }
    if bytes.len() > limit {
        return failed(origin, url, too_large(limit));
    }
    Record::Page {
        origin,
        url,
        payload: Payload::Bytes {
            bytes,
            codings,
            charset: charset.as_deref().and_then(page_encoding),
        },
    }
}

/// An HTTP transfer or content coding, to undo.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Coding {
    Chunked,
    Gzip,
    Deflate,
    Brotli,
    Zstd,
}

/// The codings an `Transfer-Encoding` or `Content-Encoding` value lists, in
/// the order they were applied.
fn codings_of(value: &str, transfer: bool) -> Result<Vec<Coding>, FileError> {
    let mut codings = Vec::new();
    for name in value.split(',').map(|n| n.trim().to_ascii_lowercase()) {
        codings.push(match name.as_str() {
            "" | "identity" => continue,
            "chunked" if transfer => Coding::Chunked,
            "gzip" | "x-gzip" => Coding::Gzip,
            "deflate" => Coding::Deflate,
            "br" => Coding::Brotli,
            "zstd" => Coding::Zstd,
            _ => {
                let header = if transfer { "Transfer" } else { "Content" };
                return Err(FileError::new(
                    "InvalidRecord",
                    format!("unsupported {header}-Encoding: {name}"),
                ));
            }
        });
    }
    Ok(codings)
}

/// Undoes the codings of an HTTP body (the last applied first), never
/// making more than `limit` bytes. A body cut short (Common Crawl truncates
/// large ones) gives what it holds.
pub fn decode(mut bytes: Vec<u8>, codings: &[Coding], limit: usize) -> Result<Vec<u8>, FileError> {
    for coding in codings.iter().rev() {
        let input = io::Cursor::new(bytes);
        let reader: Box<dyn Read> = match coding {
            Coding::Chunked => Box::new(ChunkedReader::new(input)),
            Coding::Gzip => Box::new(MultiGzDecoder::new(input)),
            Coding::Deflate => {
                // "deflate" is zlib data, but some servers send it raw.
                let raw = input.get_ref().get(..2).is_some_and(|head| {
                    (u16::from(head[0]) << 8 | u16::from(head[1])) % 31 != 0 || head[0] & 0x0f != 8
                });
                if raw {
                    Box::new(DeflateDecoder::new(input))
                } else {
                    Box::new(ZlibDecoder::new(input))
                }
            }
            Coding::Brotli => Box::new(BrotliReader::new(input)),
            Coding::Zstd => Box::new(ZstdReader::new(input)),
        };
        let decoded = read_lenient(reader, limit).map_err(|error| {
            FileError::new(
                "InvalidRecord",
                format!("cannot decode the HTTP body ({coding:?}): {error}"),
            )
        })?;
        if decoded.len() > limit {
            return Err(too_large(limit));
        }
        bytes = decoded;
    }
    Ok(bytes)
}

/// Reads up to `limit + 1` bytes; an error after some bytes were read ends
/// the data there rather than losing it (a truncated compressed body).
fn read_lenient(mut reader: impl Read, limit: usize) -> io::Result<Vec<u8>> {
    let mut data = Vec::new();
    let mut buf = vec![0; 64 << 10];
    while data.len() <= limit {
        let want = buf.len().min(limit + 1 - data.len());
        match reader.read(&mut buf[..want]) {
            Ok(0) => break,
            Ok(n) => data.extend_from_slice(&buf[..n]),
            Err(error) if error.kind() == io::ErrorKind::Interrupted => {}
            Err(_) if !data.is_empty() => break,
            Err(error) => return Err(error),
        }
    }
    Ok(data)
}

fn too_large(limit: usize) -> FileError {
    FileError::new(
        "InputTooLarge",
        format!("page is over the limit of {limit} bytes (option --max-input-bytes)"),
    )
}

fn header(record: &WarcRecord, name: WarcHeader) -> Option<String> {
    record.headers().get(name).map(|value| value.into_owned())
}

/// `text/html; charset=UTF-8` as `("text/html", Some("utf-8"))`.
fn split_content_type(value: &str) -> (String, Option<String>) {
    let mut parts = value.split(';');
    let content_type = parts.next().unwrap_or_default().trim().to_ascii_lowercase();
    let charset = parts.find_map(|part| {
        let (key, value) = part.split_once('=')?;
        key.trim()
            .eq_ignore_ascii_case("charset")
            .then(|| value.trim().trim_matches(['"', '\'']).to_ascii_lowercase())
    });
    (content_type, charset)
}

fn is_html(content_type: &str) -> bool {
    let content_type = content_type.trim();
    content_type.eq_ignore_ascii_case("text/html")
        || content_type.eq_ignore_ascii_case("application/xhtml+xml")
}

/// The encoding an HTTP charset label names, as a browser takes it. A label
/// the browser would not honour as such (UTF-16 without a byte order mark is
/// in fact ASCII-compatible; unknown labels) leaves the choice to the page.
fn page_encoding(label: &str) -> Option<&'static Encoding> {
    let encoding = Encoding::for_label(label.trim().as_bytes())?;
    let ignored = [
        encoding_rs::UTF_16LE,
        encoding_rs::UTF_16BE,
        encoding_rs::REPLACEMENT,
        encoding_rs::X_USER_DEFINED,
    ];
    (!ignored.contains(&encoding)).then_some(encoding)
}

fn stream_error(error: &io::Error) -> FileError {
    match error.kind() {
        io::ErrorKind::InvalidData | io::ErrorKind::Other | io::ErrorKind::UnexpectedEof => {
            FileError::new(
                "InvalidRecord",
                format!("the WARC file is broken from here on: {error}"),
            )
        }
        _ => FileError::new(
            "Io",
            format!("cannot read the WARC file: {}", input::io_message(error)),
        ),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn content_types() {
        assert_eq!(
            split_content_type("text/html; charset=\"ISO-8859-1\""),
            ("text/html".into(), Some("iso-8859-1".into()))
        );
        assert_eq!(
            split_content_type("Application/XHTML+XML"),
            ("application/xhtml+xml".into(), None)
        );
        assert!(is_html("text/html"));
        assert!(is_html("TEXT/HTML "));
        assert!(is_html("application/xhtml+xml"));
        assert!(!is_html("text/plain"));
        assert!(!is_html("image/jpeg"));
    }

    #[test]
    fn codings_are_listed_in_the_order_applied() {
        assert_eq!(codings_of("gzip", false).unwrap(), [Coding::Gzip]);
        assert_eq!(
            codings_of("gzip, chunked", true).unwrap(),
            [Coding::Gzip, Coding::Chunked]
        );
        assert_eq!(codings_of(" identity ", false).unwrap(), []);
        assert_eq!(codings_of("BR", false).unwrap(), [Coding::Brotli]);
        assert_eq!(
            codings_of("chunked", false).unwrap_err().kind,
            "InvalidRecord"
        );
        let error = codings_of("compress", false).unwrap_err();
        assert_eq!(error.message, "unsupported Content-Encoding: compress");
    }

    #[test]
    fn bodies_are_decoded() {
        use std::io::Write;
        let page: Vec<u8> = (0..400)
            .flat_map(|n| format!("<p>Line {n}.</p>").into_bytes())
            .collect();
        let mut gzip = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::fast());
        gzip.write_all(&page).unwrap();
        let gzip = gzip.finish().unwrap();
        let mut chunked = Vec::new();
        for piece in gzip.chunks(40) {
            chunked.extend(format!("{:x}\r\n", piece.len()).bytes());
            chunked.extend(piece);
            chunked.extend(b"\r\n");
        }
        chunked.extend(b"0\r\n\r\n");
        let codings = [Coding::Gzip, Coding::Chunked];
        assert_eq!(decode(chunked, &codings, 100_000).unwrap(), page);
        let mut zlib = flate2::write::ZlibEncoder::new(Vec::new(), flate2::Compression::fast());
        zlib.write_all(&page).unwrap();
        let zlib = zlib.finish().unwrap();
        assert_eq!(decode(zlib, &[Coding::Deflate], 100_000).unwrap(), page);
        let mut raw = flate2::write::DeflateEncoder::new(Vec::new(), flate2::Compression::fast());
        raw.write_all(&page).unwrap();
        assert_eq!(
            decode(raw.finish().unwrap(), &[Coding::Deflate], 100_000).unwrap(),
            page
        );
        // A body cut short gives what it holds.
        let cut = decode(gzip[..gzip.len() / 2].to_vec(), &[Coding::Gzip], 100_000).unwrap();
        assert!(cut.len() > 100 && page.starts_with(&cut), "{cut:?}");
        // Decoding stops at the limit.
        let error = decode(gzip.clone(), &[Coding::Gzip], 100).unwrap_err();
        assert_eq!(error.kind, "InputTooLarge");
        assert_eq!(
            decode(page.clone(), &[], 10).unwrap(),
            page,
            "nothing to undo"
        );
    }

    #[test]
    fn charsets_a_browser_honours() {
        assert_eq!(page_encoding("utf-8"), Some(encoding_rs::UTF_8));
        assert_eq!(page_encoding("latin1"), Some(encoding_rs::WINDOWS_1252));
        assert_eq!(page_encoding("Shift_JIS"), Some(encoding_rs::SHIFT_JIS));
        assert_eq!(page_encoding("utf-16"), None);
        assert_eq!(page_encoding("no-such-charset"), None);
    }
}
