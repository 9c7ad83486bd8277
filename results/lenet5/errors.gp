# fflab final test errors: ours (mean, +/- standard deviation over seeds) and the paper's where it has one
$rows << EOD
"faithful softmax" 1.03 0 0.95
"faithful\\_60k softmax" 1.05 0.1153 0.95
"faithful\\_lecun softmax" 1.1133 0.0473 0.95
"lenet1998\\_60k softmax" 0.9733 0.0874 0.95
"modern softmax" 0.89 0 0.95
EOD
set terminal svg size 900,270 dynamic font 'Helvetica,12'
set output 'errors.svg'
set title 'lenet5: test error'
set xlabel 'test error (%)'
set datafile missing 'NaN'
set yrange [4.6:-0.6]
set ytics scale 0
set grid xtics
set border 3
set xtics nomirror
set xrange [0.827635:1.22357]
set key below horizontal Left reverse width 2 samplen 2
plot $rows using 2:0:3:ytic(1) with xerrorbars pt 7 ps 0.8 lc 1 title 'fflab (mean; bars: +/- std over seeds)', \
     $rows using 4:0 with points pt 6 ps 1.3 lc 7 title 'paper'
unset output
set terminal pngcairo size 900,270 font 'Helvetica,10'
set output 'errors.png'
set title 'lenet5: test error'
set xlabel 'test error (%)'
set datafile missing 'NaN'
set yrange [4.6:-0.6]
set ytics scale 0
set grid xtics
set border 3
set xtics nomirror
set xrange [0.827635:1.22357]
set key below horizontal Left reverse width 2 samplen 2
plot $rows using 2:0:3:ytic(1) with xerrorbars pt 7 ps 0.8 lc 1 title 'fflab (mean; bars: +/- std over seeds)', \
     $rows using 4:0 with points pt 6 ps 1.3 lc 7 title 'paper'
unset output
set terminal pdfcairo size 7in,1.35in font 'Helvetica,6' linewidth 0.6
set output 'errors.pdf'
set title 'lenet5: test error'
set xlabel 'test error (%)'
set datafile missing 'NaN'
set yrange [4.6:-0.6]
set ytics scale 0
set grid xtics
set border 3
set xtics nomirror
set xrange [0.827635:1.22357]
set key below horizontal Left reverse width 1 samplen 1.5 font ',5'
plot $rows using 2:0:3:ytic(1) with xerrorbars pt 7 ps 0.8 lc 1 title 'fflab (mean; bars: +/- std over seeds)', \
     $rows using 4:0 with points pt 6 ps 1.3 lc 7 title 'paper'
unset output
