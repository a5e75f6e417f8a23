//! The two encodings of the precompressed siblings `veille site` writes
//! (`file.br`, `file.gz`), at their best levels or at a given one, with
//! output that depends only on the input bytes.

use std::io::{Read, Write};

/// `bytes` compressed with brotli at quality 11 (window up to 4 MiB).
pub fn brotli(bytes: &[u8]) -> Vec<u8> {
    brotli_at(bytes, 11)
}

/// `bytes` compressed with brotli at `quality` (0 to 11; window up to 4
/// MiB).
pub fn brotli_at(bytes: &[u8], quality: i32) -> Vec<u8> {
    let params = brotli::enc::BrotliEncoderParams {
        quality,
        lgwin: 22,
        size_hint: bytes.len(),
        ..Default::default()
    };
    let mut out = Vec::with_capacity(bytes.len() / 3);
    // Reading from a slice and writing into a Vec cannot fail.
    let _ = brotli::BrotliCompress(&mut &bytes[..], &mut out, &params);
    out
}

/// `bytes` compressed with gzip at level 9, with no name and a zero
/// modification time in the header.
pub fn gzip(bytes: &[u8]) -> Vec<u8> {
    gzip_at(bytes, 9)
}

/// `bytes` compressed with gzip at `level` (0 to 9), with no name and a
/// zero modification time in the header.
pub fn gzip_at(bytes: &[u8], level: u32) -> Vec<u8> {
    // GzBuilder writes mtime 0 and no file name unless told otherwise.
    let mut enc = flate2::GzBuilder::new().write(
        Vec::with_capacity(bytes.len() / 3),
        flate2::Compression::new(level.min(9)),
    );
    // Writing into a Vec cannot fail.
    let _ = enc.write_all(bytes);
    enc.finish().unwrap_or_default()
}

/// `packed` decompressed from brotli (the app `veille` carries is stored
/// so, `crates/cli/app`); an error when it is not a whole brotli stream.
pub fn unbrotli(packed: &[u8]) -> std::io::Result<Vec<u8>> {
    let mut out = Vec::with_capacity(packed.len() * 4);
    brotli::Decompressor::new(packed, 4096).read_to_end(&mut out)?;
    Ok(out)
}

#[cfg(test)]
mod tests {
    use std::io::Read;

    #[test]
    fn both_round_trip_and_give_the_same_bytes_twice() {
        let text = "The stent was deployed in the artery. "
            .repeat(200)
            .into_bytes();
        let br = super::brotli(&text);
        let gz = super::gzip(&text);
        assert!(br.len() < text.len() / 10 && gz.len() < text.len() / 10);
        let mut out = Vec::new();
        brotli::Decompressor::new(&br[..], 4096)
            .read_to_end(&mut out)
            .unwrap();
        assert_eq!(out, text);
        out.clear();
        flate2::read::GzDecoder::new(&gz[..])
            .read_to_end(&mut out)
            .unwrap();
        assert_eq!(out, text);
        assert_eq!(super::unbrotli(&br).unwrap(), text);
        assert!(super::unbrotli(b"not brotli at all").is_err());
        assert_eq!(super::brotli(&text), br);
        assert_eq!(super::gzip(&text), gz);
    }

    #[test]
    fn the_gzip_header_holds_no_time_and_no_name() {
        let gz = super::gzip(b"some text, some text, some text");
        assert_eq!(&gz[..4], &[0x1f, 0x8b, 8, 0], "no FNAME or other flags");
        assert_eq!(&gz[4..8], &[0, 0, 0, 0], "mtime");
    }
}
