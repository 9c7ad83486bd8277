# fflab final test errors: ours (mean, +/- standard deviation over seeds) and the paper's where it has one
$rows << EOD
"bp\\_4x2000 softmax" 1.5 0 1.4
"bp\\_4x2000\\_dropout softmax" 1.36 0 1.4
"bp\\_4x2000\\_dropout\\_seeds softmax" 1.3767 0.0862 1.4
"bp\\_4x2000\\_jitter\\_seeds softmax" 0.8967 0.0208 1.4
"bp\\_4x2000\\_seeds softmax" 1.48 0.0529 1.4
EOD
set terminal svg size 900,270 dynamic font 'Helvetica,12'
set output 'errors.svg'
set title 'mnist\_bp: test error'
set xlabel 'test error (%)'
set datafile missing 'NaN'
set yrange [4.6:-0.6]
set ytics scale 0
set grid xtics
set border 3
set xtics nomirror
set xrange [0.799255:1.60955]
set key below horizontal Left reverse width 2 samplen 2
plot $rows using 2:0:3:ytic(1) with xerrorbars pt 7 ps 0.8 lc 1 title 'fflab (mean; bars: +/- std over seeds)', \
     $rows using 4:0 with points pt 6 ps 1.3 lc 7 title 'paper'
unset output
set terminal pngcairo size 900,270 font 'Helvetica,10'
set output 'errors.png'
set title 'mnist\_bp: test error'
set xlabel 'test error (%)'
set datafile missing 'NaN'
set yrange [4.6:-0.6]
set ytics scale 0
set grid xtics
set border 3
set xtics nomirror
set xrange [0.799255:1.60955]
set key below horizontal Left reverse width 2 samplen 2
plot $rows using 2:0:3:ytic(1) with xerrorbars pt 7 ps 0.8 lc 1 title 'fflab (mean; bars: +/- std over seeds)', \
     $rows using 4:0 with points pt 6 ps 1.3 lc 7 title 'paper'
unset output
set terminal pdfcairo size 7in,1.35in font 'Helvetica,6' linewidth 0.6
set output 'errors.pdf'
set title 'mnist\_bp: test error'
set xlabel 'test error (%)'
set datafile missing 'NaN'
set yrange [4.6:-0.6]
set ytics scale 0
set grid xtics
set border 3
set xtics nomirror
set xrange [0.799255:1.60955]
set key below horizontal Left reverse width 1 samplen 1.5 font ',5'
plot $rows using 2:0:3:ytic(1) with xerrorbars pt 7 ps 0.8 lc 1 title 'fflab (mean; bars: +/- std over seeds)', \
     $rows using 4:0 with points pt 6 ps 1.3 lc 7 title 'paper'
unset output
