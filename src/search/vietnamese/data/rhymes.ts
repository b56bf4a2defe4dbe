// The rhymes (vần) of standard Vietnamese orthography, written without tone. Rare rhymes that only
// appear in a handful of words (oong, uyp, ưn ...) are included so real words are never rejected.
const RHYME_TEXT = `
a ai ao au ay ac ach am an ang anh ap at
ăc ăm ăn ăng ăp ăt
âu ây âc âm ân âng âp ât
e eo ec em en eng ep et
ê êu êch êm ên ênh êp êt
i ia iu ich im in inh ip it
iêu iêc iêm iên iêng iêp iêt
y yêu yêm yên yêng yêt
o oi oc om on ong op ot oo ooc oong
ô ôi ôc ôm ôn ông ôp ôt
ơ ơi ơm ơn ơp ơt
u ua ui uê uơ uy uc um un ung up ut
ư ưa ưi ưu ưc ưm ưn ưng ưt
oa oai oao oay oac oach oam oan oang oanh oap oat
oăc oăm oăn oăng oăt
oe oeo oen oet oem
uân uâng uât uây
uênh uêch
uôi uôc uôm uôn uông uôt
ươi ươu ươc ươm ươn ương ươp ươt
uya uyu uyên uyêt uych uynh uyt uyn uyp
`

export const RHYMES: ReadonlySet<string> = new Set(RHYME_TEXT.split(/\s+/).filter(Boolean))

/** After `qu` the medial u is part of the initial, so `quỳnh`, `quýt` spell the rhyme with y. */
export const QU_ONLY_RHYMES: ReadonlySet<string> = new Set(['ynh', 'yt', 'ych', 'yn', 'yp'])
