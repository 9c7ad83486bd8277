# fflab final test errors: ours (mean, +/- standard deviation over seeds) and the paper's where it has one
$rows << EOD
"bp\\_4x2000 softmax" 10.26 0 NaN
EOD
set terminal svg size 900,174 dynamic font 'Helvetica,12'
set output 'errors.svg'
set title 'fashion\_mnist\_bp: test error'
set xlabel 'test error (%)'
set datafile missing 'NaN'
set yrange [0.6:-0.6]
set ytics scale 0
set grid xtics
set border 3
set xtics nomirror
set xrange [9.747:10.773]
set key below horizontal Left reverse width 2 samplen 2
plot $rows using 2:0:3:ytic(1) with xerrorbars pt 7 ps 0.8 lc 1 title 'fflab'
unset output
set terminal pngcairo size 900,174 font 'Helvetica,10'
set output 'errors.png'
set title 'fashion\_mnist\_bp: test error'
set xlabel 'test error (%)'
set datafile missing 'NaN'
set yrange [0.6:-0.6]
set ytics scale 0
set grid xtics
set border 3
set xtics nomirror
set xrange [9.747:10.773]
set key below horizontal Left reverse width 2 samplen 2
plot $rows using 2:0:3:ytic(1) with xerrorbars pt 7 ps 0.8 lc 1 title 'fflab'
unset output
set terminal pdfcairo size 7in,0.83in font 'Helvetica,6' linewidth 0.6
set output 'errors.pdf'
set title 'fashion\_mnist\_bp: test error'
set xlabel 'test error (%)'
set datafile missing 'NaN'
set yrange [0.6:-0.6]
set ytics scale 0
set grid xtics
set border 3
set xtics nomirror
set xrange [9.747:10.773]
set key below horizontal Left reverse width 1 samplen 1.5 font ',5'
plot $rows using 2:0:3:ytic(1) with xerrorbars pt 7 ps 0.8 lc 1 title 'fflab'
unset output
