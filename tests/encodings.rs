//! Byte input in legacy encodings: `extract_bytes` decodes it as a browser
//! would (BOM, then `<meta charset>` or `http-equiv`, then detection from
//! the bytes) and gives the article's text exactly.
//!
//! The pages are written here as Rust strings and encoded with
//! `encoding_rs`, so no binary fixtures are needed.

use encoding_rs::{
    Encoding, EUC_KR, GBK, ISO_8859_5, SHIFT_JIS, UTF_16BE, UTF_16LE, WINDOWS_1252, WINDOWS_1256,
};
use inti::{extract_bytes, Options};

/// A language's article: title and three paragraphs, long enough for the
/// detector to be sure and for extraction to find an article.
struct Sample {
    encoding: &'static Encoding,
    lang: &'static str,
    title: &'static str,
    paragraphs: [&'static str; 3],
}

const SAMPLES: &[Sample] = &[
    Sample {
        encoding: WINDOWS_1252,
        lang: "fr",
        title: "Le marché de Noël ouvre ses portes à Strasbourg",
        paragraphs: [
            "Dès vendredi, les chalets de la place Kléber accueilleront les visiteurs venus de toute l’Europe pour goûter le vin chaud, les bredele et le pain d’épices.",
            "La municipalité a renforcé la sécurité autour des accès et prévoit une fréquentation record, après deux années marquées par des restrictions sanitaires « très pénalisantes » pour les commerçants.",
            "Les organisateurs rappellent que le marché ferme à vingt heures en semaine et que les transports en commun seront gratuits le premier week-end… sauf imprévu.",
        ],
    },
    Sample {
        encoding: SHIFT_JIS,
        lang: "ja",
        title: "東京で桜の開花を発表、平年より五日早く",
        paragraphs: [
            "気象庁は二十日、東京都心で桜が開花したと発表しました。平年より五日早く、昨年と比べても三日早い開花となりました。",
            "靖国神社の標本木で五輪以上の花が咲いているのを職員が確認しました。満開は来週の半ばになる見込みだということです。",
            "各地の公園では週末に花見客が増えると予想されており、自治体はごみの持ち帰りなどマナーを守るよう呼びかけています。",
        ],
    },
    Sample {
        encoding: GBK,
        lang: "zh",
        title: "北京地铁新线路年底开通运营",
        paragraphs: [
            "北京市轨道交通建设管理有限公司表示，新线路全长约二十八公里，共设车站十八座，预计将于今年年底开通试运营。",
            "新线路开通后，将连接城市东部的多个居住区和商业中心，乘客从郊区到市中心的通勤时间有望缩短半个小时以上。",
            "有关部门提醒市民，开通初期部分车站的出入口可能尚未全部启用，出行前请关注官方发布的最新信息。",
        ],
    },
    Sample {
        encoding: EUC_KR,
        lang: "ko",
        title: "서울 도서관, 야간 개방 시간 연장",
        paragraphs: [
            "서울시는 다음 달부터 시립 도서관의 야간 개방 시간을 밤 열한 시까지 연장한다고 밝혔습니다.",
            "시험 기간에 자리를 찾기 어렵다는 시민들의 요청이 이어지자 시는 열람실 좌석도 이백 석가량 늘리기로 했습니다.",
            "도서관 측은 늦은 시간 이용자의 안전을 위해 출입구에 안내 인력을 추가로 배치할 계획이라고 설명했습니다.",
        ],
    },
    Sample {
        encoding: WINDOWS_1256,
        lang: "ar",
        title: "افتتاح معرض الكتاب الدولي في القاهرة",
        paragraphs: [
            "افتتح معرض القاهرة الدولي للكتاب أبوابه يوم الأربعاء بمشاركة أكثر من ألف دار نشر من عشرات الدول العربية والأجنبية.",
            "ويستمر المعرض أسبوعين، ويتضمن برنامجه الثقافي ندوات وأمسيات شعرية ولقاءات مع كتاب ومترجمين من مختلف الأجيال.",
            "وقالت إدارة المعرض إن أسعار التذاكر بقيت دون تغيير هذا العام، وإن الدخول مجاني للطلاب وكبار السن.",
        ],
    },
    Sample {
        encoding: ISO_8859_5,
        lang: "ru",
        title: "В Москве открылась новая библиотека",
        paragraphs: [
            "В субботу в центре Москвы открылась новая городская библиотека, в фондах которой более двухсот тысяч книг.",
            "Читатели смогут пользоваться залами для занятий, детским отделом и мастерскими, где проходят лекции и встречи с авторами.",
            "Библиотека будет работать ежедневно с десяти утра до десяти вечера, вход свободный для всех желающих.",
        ],
    },
];

/// How a page says (or does not say) its encoding.
#[derive(Clone, Copy, Debug)]
enum Declared {
    MetaCharset,
    HttpEquiv,
    /// Declared late in the head, after a long title and a comment (the
    /// prescan reads the first 1024 bytes, as browsers do).
    MetaAfterComment,
    None,
}

fn page(sample: &Sample, declared: Declared) -> String {
    let label = sample.encoding.name();
    let meta = match declared {
        Declared::MetaCharset => format!("<meta charset=\"{label}\">"),
        Declared::HttpEquiv => {
            format!("<meta http-equiv=\"Content-Type\" content=\"text/html; charset={label}\">")
        }
        Declared::MetaAfterComment => format!("<!-- page head -->\n<meta charset='{label}'>"),
        Declared::None => String::new(),
    };
    let paragraphs: String = sample
        .paragraphs
        .iter()
        .map(|p| format!("<p>{p}</p>\n"))
        .collect();
    format!(
        "<!DOCTYPE html>\n<html lang=\"{}\"><head>{meta}<title>{}</title></head>\n<body><article><h1>{}</h1>\n{paragraphs}</article></body></html>",
        sample.lang, sample.title, sample.title
    )
}

fn encode(text: &str, encoding: &'static Encoding) -> Vec<u8> {
    let (bytes, used, unmappable) = encoding.encode(text);
    assert_eq!(used, encoding, "encoding_rs encoded with another encoding");
    assert!(
        !unmappable,
        "the sample has characters {} cannot encode",
        encoding.name()
    );
    bytes.into_owned()
}

fn assert_decodes(sample: &Sample, bytes: &[u8], how: &str) {
    let article = extract_bytes(bytes, &Options::default()).unwrap();
    let label = sample.encoding.name();
    assert_eq!(
        article.title.as_deref(),
        Some(sample.title),
        "{label} {how}: title"
    );
    for p in sample.paragraphs {
        assert!(
            article.text.contains(p),
            "{label} {how}: paragraph missing or garbled\n  want: {p}\n  text: {:.300}",
            article.text
        );
    }
    assert!(
        !article.text.contains('\u{FFFD}'),
        "{label} {how}: replacement characters"
    );
}

#[test]
fn declared_encodings_decode_exactly() {
    for sample in SAMPLES {
        for declared in [
            Declared::MetaCharset,
            Declared::HttpEquiv,
            Declared::MetaAfterComment,
        ] {
            let bytes = encode(&page(sample, declared), sample.encoding);
            assert_decodes(sample, &bytes, &format!("{declared:?}"));
        }
    }
}

#[test]
fn undeclared_encodings_are_detected() {
    for sample in SAMPLES {
        let bytes = encode(&page(sample, Declared::None), sample.encoding);
        assert_decodes(sample, &bytes, "undeclared");
    }
}

#[test]
fn a_byte_order_mark_wins_over_a_wrong_declaration() {
    for sample in SAMPLES {
        // Declared as windows-1252, but UTF-8 with a BOM: the BOM wins.
        let html =
            page(sample, Declared::None).replace("<head>", "<head><meta charset=\"windows-1252\">");
        let mut bytes = b"\xEF\xBB\xBF".to_vec();
        bytes.extend_from_slice(html.as_bytes());
        assert_decodes(sample, &bytes, "UTF-8 BOM");
        // UTF-16 is recognised by its BOM only (encoding_rs encodes to
        // UTF-8 for UTF-16 labels, so the bytes are made by hand).
        for (utf16, bom) in [(UTF_16LE, [0xFF, 0xFE]), (UTF_16BE, [0xFE, 0xFF])] {
            let mut bytes = bom.to_vec();
            for unit in html.encode_utf16() {
                let pair = if utf16 == UTF_16LE {
                    unit.to_le_bytes()
                } else {
                    unit.to_be_bytes()
                };
                bytes.extend_from_slice(&pair);
            }
            assert_decodes(sample, &bytes, utf16.name());
        }
    }
}

#[test]
fn a_page_converted_to_utf8_is_read_as_utf8_despite_its_old_declaration() {
    // A page saved or re-served as UTF-8 that still declares its legacy
    // encoding: a browser shows mojibake; inti reads the UTF-8 it is.
    for sample in SAMPLES {
        let html = page(sample, Declared::MetaCharset);
        assert_decodes(
            sample,
            html.as_bytes(),
            "UTF-8 bytes under a legacy declaration",
        );
        let html = page(sample, Declared::HttpEquiv);
        assert_decodes(
            sample,
            html.as_bytes(),
            "UTF-8 bytes under a legacy http-equiv",
        );
    }
}

#[test]
fn a_page_decoded_twice_is_repaired() {
    // UTF-8 read as windows-1252 and saved as UTF-8 again ("Itâ€™s"), an
    // honest `<meta charset="utf-8">` on top: the bytes are valid UTF-8,
    // the text is mojibake, and inti gives the text as it was written.
    for sample in SAMPLES {
        let html = page(sample, Declared::None);
        let (twice, _, _) = WINDOWS_1252.decode(html.as_bytes());
        assert_ne!(twice, html);
        let twice = twice.replace("<head>", "<head><meta charset=\"utf-8\">");
        assert_decodes(sample, twice.as_bytes(), "decoded twice");
    }
}

#[test]
fn a_wrong_declaration_is_what_a_browser_would_show() {
    // Shift_JIS bytes declared as windows-1252: a browser shows mojibake,
    // and so does inti (the declaration is followed, not second-guessed;
    // the one exception is bytes that are valid UTF-8, which these are not).
    let sample = &SAMPLES[1];
    let html =
        page(sample, Declared::None).replace("<head>", "<head><meta charset=\"windows-1252\">");
    let bytes = encode(&html, SHIFT_JIS);
    let article = extract_bytes(&bytes, &Options::default()).unwrap();
    let (expected, _, _) = WINDOWS_1252.decode(&bytes);
    assert!(!article.text.contains(sample.paragraphs[0]));
    let first_line = expected
        .split("<p>")
        .nth(1)
        .unwrap()
        .split("</p>")
        .next()
        .unwrap();
    assert!(article.text.contains(first_line), "{:.200}", article.text);
}

#[test]
fn invalid_bytes_become_replacement_characters_and_the_rest_survives() {
    for sample in [&SAMPLES[0], &SAMPLES[2]] {
        // Bytes that are invalid in the page's encoding, after the article:
        // the paragraphs still decode.
        let mut bytes = encode(&page(sample, Declared::MetaCharset), sample.encoding);
        let end = bytes.windows(10).position(|w| w == b"</article>").unwrap();
        bytes.splice(end..end, b"<p>\x81\xFF\xFE\x80\x00</p>".iter().copied());
        let article = extract_bytes(&bytes, &Options::default()).unwrap();
        for p in sample.paragraphs {
            assert!(article.text.contains(p), "{}: {p}", sample.encoding.name());
        }
    }
    // UTF-8 with invalid sequences in a paragraph: each becomes U+FFFD,
    // the text around them is intact.
    let mut bytes =
        b"<html><head><meta charset=utf-8><title>T</title></head><body><article><p>".to_vec();
    bytes.extend_from_slice("Caf\u{e9} cr\u{e8}me ".repeat(30).as_bytes());
    bytes.extend_from_slice(b"broken \xC3 here \xE2\x82 and \xFF there ");
    bytes.extend_from_slice("na\u{ef}ve fa\u{e7}ade ".repeat(30).as_bytes());
    bytes.extend_from_slice(b"</p></article></body></html>");
    let article = extract_bytes(&bytes, &Options::default()).unwrap();
    assert!(
        article
            .text
            .contains("broken \u{FFFD} here \u{FFFD} and \u{FFFD} there"),
        "{}",
        article.text
    );
    assert!(article.text.contains("Café crème"));
    assert!(article.text.contains("naïve façade"));
}
