// A synthetic Word "Save as Web Page" export of about the requested size, for the HTML parse
// benchmark: Word's head (conditional-comment XML, mso styles), then sections of MsoNormal
// paragraphs with <span lang=VI>, &nbsp; runs and <o:p>, a VML picture with its <img> fallback and
// caption, a bulleted list and a bordered table. Deterministic: the same size gives the same page.

const SYLLABLES = (
  'đảng ủy khối cơ quan tỉnh chi bộ hội nghị sơ kết nghị quyết đảng viên công tác tổ chức ' +
  'kiểm tra giám sát phát động thi đua chuyển đổi số văn phòng kế hoạch năm nhiệm vụ giải pháp'
).split(' ')

function sentence(seed: number, words: number): string {
  const out: string[] = []
  for (let i = 0; i < words; i++) out.push(SYLLABLES[(seed * 31 + i * 17) % SYLLABLES.length] ?? '')
  const text = out.join(' ')
  return `${text.charAt(0).toUpperCase()}${text.slice(1)}.`
}

const span = (text: string): string =>
  `<span lang=VI style='mso-ansi-language:VI'>${text}<o:p></o:p></span>`

const HEAD = `<html xmlns:v="urn:schemas-microsoft-com:vml"
xmlns:o="urn:schemas-microsoft-com:office:office"
xmlns:w="urn:schemas-microsoft-com:office:word"
xmlns="http://www.w3.org/TR/REC-html40">
<head>
<meta http-equiv=Content-Type content="text/html; charset=utf-8">
<meta name=ProgId content=Word.Document>
<title>Báo cáo sơ kết</title>
<!--[if gte mso 9]><xml>
 <o:DocumentProperties><o:Author>Van phong</o:Author><o:Pages>40</o:Pages></o:DocumentProperties>
</xml><![endif]-->
<style>
<!--
p.MsoNormal, li.MsoNormal, div.MsoNormal {margin-top:6.0pt; font-size:14.0pt;}
-->
</style>
</head>
<body lang=EN-US style='tab-interval:36.0pt'>
<div class=WordSection1>
`

function section(n: number): string {
  const paragraphs = [0, 1, 2, 3]
    .map(
      (i) =>
        `<p class=MsoNormal><span lang=VI style='mso-ansi-language:VI'><span\nstyle='mso-tab-count:1'>&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp; </span>${sentence(n * 7 + i, 40)}<span\nstyle='mso-spacerun:yes'>&nbsp; </span>${sentence(n * 11 + i, 25)}<o:p></o:p></span></p>\n`,
    )
    .join('')
  const picture =
    `<p class=MsoNormal align=center><span lang=VI><!--[if gte vml 1]><v:shape id="Picture_${n}" type="#_x0000_t75"\n` +
    ` style='width:425pt;height:283pt'><v:imagedata src="bao-cao_files/image${n}.png" o:title=""/>\n` +
    `</v:shape><![endif]--><![if !vml]><img width=567 height=377 src="bao-cao_files/image${n}.jpg" v:shapes="Picture_${n}"><![endif]></span></p>\n` +
    `<p class=MsoCaption align=center>${span(`${sentence(n, 9)} Ảnh: Ngọc Mai`)}</p>\n`
  const list = [0, 1]
    .map(
      (i) =>
        `<p class=MsoListParagraph style='text-indent:-18.0pt;mso-list:l0 level1 lfo1'><![if !supportLists]><span lang=VI><span style='mso-list:Ignore'>-<span style='font:7.0pt "Times New Roman"'>&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp; </span></span></span><![endif]>${span(sentence(n + i, 12))}</p>\n`,
    )
    .join('')
  const cell = (text: string): string =>
    `  <td width=302 valign=top style='width:226.6pt;border:solid windowtext 1.0pt;padding:0cm 5.4pt 0cm 5.4pt'>\n  <p class=MsoNormal>${span(text)}</p>\n  </td>\n`
  const table =
    `<table class=MsoTableGrid border=1 cellspacing=0 cellpadding=0 style='border-collapse:collapse'>\n` +
    [0, 1, 2]
      .map(
        (r) =>
          ` <tr style='mso-yfti-irow:${r}'>\n${cell(sentence(n + r, 4))}${cell(String(n * 3 + r))} </tr>\n`,
      )
      .join('') +
    `</table>\n<p class=MsoNormal>${span('<o:p>&nbsp;</o:p>')}</p>\n`
  return `<h2>${span(`Phần ${n + 1}. ${sentence(n, 6)}`)}</h2>\n${paragraphs}${picture}${list}${table}`
}

export function wordStylePage(bytes: number): string {
  const parts = [HEAD]
  let size = HEAD.length
  for (let n = 0; size < bytes; n++) {
    const s = section(n)
    parts.push(s)
    size += Buffer.byteLength(s)
  }
  parts.push('</div>\n</body>\n</html>\n')
  return parts.join('')
}
