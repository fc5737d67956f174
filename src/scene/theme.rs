//! Colours as tokens, resolved by a light or dark theme at paint time.

use serde::{Deserialize, Serialize};

/// A colour's role in the scene.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Token {
    Background,
    Text,
    WeakText,
    Grid,
    LaneSeparator,
    /// The colour of lane `n` (cycles through the palette).
    Lane(u32),
    Selected,
    Disputed,
}

/// Straight (not premultiplied) sRGB with alpha.
pub type Rgba = [u8; 4];

#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Theme {
    Light,
    #[default]
    Dark,
}

/// Lane colours: a qualitative palette (Tableau 10) that stays distinct on both backgrounds.
const LANE_PALETTE: [Rgba; 10] = [
    [78, 121, 167, 255],
    [242, 142, 43, 255],
    [89, 161, 79, 255],
    [225, 87, 89, 255],
    [118, 183, 178, 255],
    [237, 201, 72, 255],
    [176, 122, 161, 255],
    [255, 157, 167, 255],
    [156, 117, 95, 255],
    [186, 176, 172, 255],
];

impl Theme {
    pub fn rgba(self, token: Token) -> Rgba {
        let dark = self == Self::Dark;
        match token {
            Token::Background => {
                if dark {
                    [27, 27, 27, 255]
                } else {
                    [250, 250, 248, 255]
                }
            }
            Token::Text => {
                if dark {
                    [225, 225, 225, 255]
                } else {
                    [30, 30, 30, 255]
                }
            }
            Token::WeakText => {
                if dark {
                    [150, 150, 150, 255]
                } else {
                    [110, 110, 110, 255]
                }
            }
            Token::Grid => {
                if dark {
                    [70, 70, 70, 255]
                } else {
                    [205, 205, 200, 255]
                }
            }
            Token::LaneSeparator => {
                if dark {
                    [55, 55, 55, 255]
                } else {
                    [225, 225, 220, 255]
                }
            }
            Token::Lane(n) => LANE_PALETTE[n as usize % LANE_PALETTE.len()],
            Token::Selected => {
                if dark {
                    [255, 255, 255, 255]
                } else {
                    [0, 0, 0, 255]
                }
            }
            Token::Disputed => [214, 39, 40, 255],
        }
    }
}
